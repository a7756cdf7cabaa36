using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Reporting.Notices;

/// <summary>
/// .docx in the official-document layout (GB/T 9704-2012): A4, margins 37/35/28/26 mm, a line grid of 22 lines
/// and characters tracked to 28 a line, title 方正小标宋简体 二号 centred with a blank line under it, body 仿宋_GB2312 三号 with a
/// two-character first-line indent, 一、 headings 黑体, （一） headings 楷体_GB2312, the 署名 and 成文日期 at the
/// bottom right, and page numbers "— 1 —" in 宋体 四号 (odd pages right, even pages left, one character in).
/// The styles, settings and font table say the text is zh-CN, so an office suite without these fonts falls back
/// to Simplified Chinese faces, not Japanese ones, and leaves no extra space between Chinese and digits.
/// </summary>
public static class DocxRenderer
{
    private const int BodyHalfPoints = 32;
    private const int CharactersPerLine = 28;
    private const int LinesPerPage = 22;
    private static readonly int TextWidth = Twips(210 - 28 - 26);
    private static readonly int TextHeight = Twips(297 - 37 - 35);

    /// <summary>The grid's line pitch (twips): 225 mm over 22 lines.</summary>
    public static readonly int LinePitch = TextHeight / LinesPerPage;

    /// <summary>One character (twips): 156 mm over 28 characters, a little under the 16 pt face.</summary>
    public static readonly int CharacterPitch = TextWidth / CharactersPerLine;

    public static byte[] Render(NoticeDocument doc)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            AddSettings(main);
            AddFontTable(main);
            var odd = AddFooter(main, JustificationValues.Right, new Indentation { Right = "280" });
            var even = AddFooter(main, JustificationValues.Left, new Indentation { Left = "280" });

            var body = new Body();
            for (var i = 0; i < doc.Lines.Count; i++)
            {
                var line = doc.Lines[i];
                if (line.Kind == LineKind.Signature)
                {
                    var date = i + 1 < doc.Lines.Count && doc.Lines[i + 1].Kind == LineKind.Date ? doc.Lines[i + 1].Text : "";
                    var (signatureIndent, dateIndent) = SignatureBlock.RightIndents(line.Text, date);
                    body.Append(Blank(), RightAligned(line.Text, signatureIndent));
                    if (date.Length > 0)
                        body.Append(RightAligned(date, dateIndent));
                    i += date.Length > 0 ? 1 : 0;
                    continue;
                }
                body.Append(Paragraph(line));
                if (line.Kind == LineKind.Title && (i + 1 >= doc.Lines.Count || doc.Lines[i + 1].Kind != LineKind.Title))
                    body.Append(Blank());
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = Twips(37), Bottom = Twips(35), Left = (uint)Twips(28), Right = (uint)Twips(26), Header = 851, Footer = (uint)Twips(22) },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>
    /// The tracking (1/20 pt) that sets 16 pt characters at <see cref="CharacterPitch"/>: 28 to the line. A character grid
    /// would say the same to Word, but LibreOffice gives every character wider than a grid cell two cells (14 a line).
    /// </summary>
    public static readonly int BodyTracking = (int)Math.Floor(CharacterPitch - BodyHalfPoints * 10.0);

    private static Paragraph Paragraph(NoticeLine line)
    {
        var (font, halfPoints, bold) = line.Kind switch
        {
            LineKind.Title => ("方正小标宋简体", 44, false),
            LineKind.Section => ("黑体", BodyHalfPoints, false),
            LineKind.Heading1 => ("楷体_GB2312", BodyHalfPoints, false),
            LineKind.Heading2 => ("仿宋_GB2312", BodyHalfPoints, true),
            _ => ("仿宋_GB2312", BodyHalfPoints, false),
        };
        var title = line.Kind == LineKind.Title;
        // In the schema's order (autoSpaceDE/DN, spacing, ind, jc): an office suite may drop what is out of order.
        var properties = new ParagraphProperties(
            new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false },
            new SpacingBetweenLines { Line = title ? "720" : LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            // Both: Word reads the characters, LibreOffice only the twips.
            title ? new Indentation { FirstLine = "0" } : new Indentation { FirstLineChars = 200, FirstLine = (2 * CharacterPitch).ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = title ? JustificationValues.Center : JustificationValues.Both });
        return new Paragraph(properties, TextRun(line.Text, font, halfPoints, bold));
    }

    private static Paragraph RightAligned(string text, double rightIndentCharacters) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                new Indentation
                {
                    FirstLine = "0",
                    RightChars = (int)Math.Round(rightIndentCharacters * 100),
                    Right = ((int)Math.Round(rightIndentCharacters * CharacterPitch)).ToString(CultureInfo.InvariantCulture),
                },
                new Justification { Val = JustificationValues.Right }),
            TextRun(text, "仿宋_GB2312", BodyHalfPoints, bold: false));

    private static Paragraph Blank() =>
        new(new ParagraphProperties(new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }));

    private static Run TextRun(string text, string font, int halfPoints, bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font });
        if (bold)
            properties.Append(new Bold());
        if (halfPoints == BodyHalfPoints)
            properties.Append(new Spacing { Val = BodyTracking });
        properties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) },
            ChineseText());
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Simplified Chinese, so a suite without the named face falls back to an SC face, not a JP one.</summary>
    private static Languages ChineseText() => new() { Val = "zh-CN", EastAsia = "zh-CN", Bidi = "ar-SA" };

    /// <summary>"— 1 —" in 宋体 四号: the PAGE field between two em dashes.</summary>
    private static FooterPart AddFooter(MainDocumentPart main, JustificationValues side, Indentation indent)
    {
        var part = main.AddNewPart<FooterPart>();
        RunProperties Face() => new(new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体" }, new FontSize { Val = "28" });
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(indent, new Justification { Val = side }),
            new Run(Face(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(Face(), new Text("1"))) { Instruction = " PAGE " },
            new Run(Face(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        part.Footer.Save();
        return part;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "仿宋_GB2312", HighAnsi = "仿宋_GB2312", EastAsia = "仿宋_GB2312", ComplexScript = "仿宋_GB2312" },
                    new FontSize { Val = BodyHalfPoints.ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodyHalfPoints.ToString(CultureInfo.InvariantCulture) },
                    ChineseText())),
                // No automatic space between Chinese and Latin text or digits: 公文 set "2026年12月7日" solid.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false }))),
            // Size and language again on Normal and on every run: LibreOffice reads them there, not from the defaults.
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleRunProperties(
                    new FontSize { Val = BodyHalfPoints.ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodyHalfPoints.ToString(CultureInfo.InvariantCulture) }, ChineseText()))
                { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        part.Styles.Save();
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new EvenAndOddHeaders(),
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new ThemeFontLanguages { Val = "zh-CN", EastAsia = "zh-CN" });
        part.Settings.Save();
    }

    /// <summary>The faces named, each marked GB2312 (charset 86) with the common name an office suite may have instead.</summary>
    private static void AddFontTable(MainDocumentPart main)
    {
        var part = main.AddNewPart<FontTablePart>();
        Font Face(string name, string alternative, FontFamilyValues family) =>
            new(new AltName { Val = alternative }, new FontCharSet { Val = "86" }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable })
            { Name = name };
        part.Fonts = new Fonts(
            Face("仿宋_GB2312", "仿宋", FontFamilyValues.Modern),
            Face("方正小标宋简体", "宋体", FontFamilyValues.Script),
            Face("黑体", "SimHei", FontFamilyValues.Modern),
            Face("楷体_GB2312", "楷体", FontFamilyValues.Modern),
            Face("宋体", "SimSun", FontFamilyValues.Auto));
        part.Fonts.Save();
    }
}
