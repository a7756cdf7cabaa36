using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Reporting.Notices;

/// <summary>
/// .docx in the official-document layout (GB/T 9704): A4, margins 37/35/28/26 mm, 28 pt exact line
/// spacing, title 方正小标宋简体 二号 centred, body 仿宋_GB2312 三号 with a two-character first-line
/// indent, 一、 headings 黑体, （一） headings 楷体_GB2312. Word substitutes an installed font where
/// one of these is missing.
/// </summary>
public static class DocxRenderer
{

    public static byte[] Render(NoticeDocument doc)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in doc.Lines)
                body.Append(Paragraph(line));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = Twips(37), Bottom = Twips(35), Left = (uint)Twips(28), Right = (uint)Twips(26), Header = 851, Footer = 992 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    private static Paragraph Paragraph(NoticeLine line)
    {
        var (font, halfPoints, bold) = line.Kind switch
        {
            LineKind.Title => ("方正小标宋简体", "44", false),
            LineKind.Section => ("黑体", "32", false),
            LineKind.Heading1 => ("楷体_GB2312", "32", false),
            LineKind.Heading2 => ("仿宋_GB2312", "32", true),
            _ => ("仿宋_GB2312", "32", false),
        };
        var centred = line.Kind is LineKind.Title or LineKind.Date;
        var paragraphProperties = new ParagraphProperties(
            new SpacingBetweenLines { Line = line.Kind == LineKind.Title ? "720" : "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            centred ? new Indentation { FirstLine = "0" } : new Indentation { FirstLineChars = 200 },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Both });
        var runProperties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font });
        if (bold) runProperties.Append(new Bold());
        runProperties.Append(new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints });
        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(line.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
