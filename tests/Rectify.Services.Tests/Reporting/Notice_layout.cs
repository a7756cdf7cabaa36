using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Contracts.Units;
using Rectify.Reporting.Notices;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The generated .docx is a 公文 as GB/T 9704-2012 lays it out and as a clerk measures it: a grid of 22 lines of
/// 28 characters, page numbers on every page, a blank line under the title, the body indented two characters in
/// twips as well (LibreOffice reads no other unit), the 署名 and 成文日期 at the bottom right, and the parts
/// (styles, settings, font table, zh-CN) that keep an office suite on Simplified Chinese faces.
/// </summary>
public sealed class Notice_layout : IDisposable
{
    private readonly ReportingHost _host = new();

    [Fact]
    public async Task The_docx_has_the_document_grid_page_numbers_and_the_chinese_parts()
    {
        using var word = await DocxAsync();
        var main = word.MainDocumentPart!;

        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        var margins = section.GetFirstChild<PageMargin>()!;
        var height = 16838 - margins.Top!.Value - margins.Bottom!.Value;
        var width = 11906 - (int)margins.Left!.Value - (int)margins.Right!.Value;
        Assert.Equal(22, height / grid.LinePitch!.Value);
        // Body characters are 16 pt tracked by w:spacing: 28 of them fit the text width, not 27 (measured in LibreOffice).
        var body = main.Document.Body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("根据", StringComparison.Ordinal));
        var run = body.Descendants<RunProperties>().First();
        var pitch = int.Parse(run.FontSize!.Val!.Value!) * 10 + run.Spacing!.Val!.Value;
        Assert.Equal(28, width / pitch);

        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var footers = section.Elements<FooterReference>().ToDictionary(f => f.Type!.Value, f => (FooterPart)main.GetPartById(f.Id!));
        Assert.Equal(2, footers.Count); // odd pages (the default) and even pages
        Assert.True(footers.ContainsKey(HeaderFooterValues.Default) && footers.ContainsKey(HeaderFooterValues.Even));
        foreach (var footer in footers.Values)
        {
            Assert.Contains(footer.Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
            Assert.StartsWith("— ", footer.Footer.InnerText);
        }
        Assert.Equal(JustificationValues.Right, footers[HeaderFooterValues.Default].Footer!.Descendants<Justification>().Single().Val!.Value);
        Assert.Equal(JustificationValues.Left, footers[HeaderFooterValues.Even].Footer!.Descendants<Justification>().Single().Val!.Value);

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!;
        Assert.Equal("zh-CN", defaults.Descendants<Languages>().Single().EastAsia!.Value);
        Assert.False(defaults.Descendants<AutoSpaceDN>().Single().Val!.Value);
        Assert.Contains(main.FontTablePart!.Fonts!.Elements<Font>(), f => f.Name == "仿宋_GB2312" && f.FontCharSet!.Val == "86");
    }

    [Fact]
    public async Task A_blank_line_follows_the_title_the_body_is_indented_in_twips_and_the_signature_and_date_close_it()
    {
        using var word = await DocxAsync();
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("中共县档案局党组关于市委巡察整改进展情况的通报", paragraphs[0].InnerText);
        Assert.Equal("", paragraphs[1].InnerText);
        Assert.StartsWith("根据市委巡察工作统一部署", paragraphs[2].InnerText);
        var indent = paragraphs[2].ParagraphProperties!.Indentation!;
        Assert.Equal(200, indent.FirstLineChars!.Value);
        Assert.InRange(int.Parse(indent.FirstLine!.Value!) * 25.4 / 1440, 10.9, 11.4); // two characters: the body starts 39 mm from the edge

        var (signature, date) = (paragraphs[^2], paragraphs[^1]);
        Assert.Equal("", paragraphs[^3].InnerText);
        Assert.Equal("中共县档案局党组", signature.InnerText);
        Assert.Matches(@"^\d{4}年\d{1,2}月\d{1,2}日$", date.InnerText);
        Assert.Equal(JustificationValues.Right, signature.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Right, date.ParagraphProperties!.Justification!.Val!.Value);
        // 7.3.5.3: the date's first character two right of the issuer's, each at least two characters from the margin.
        double signatureIndent = signature.ParagraphProperties.Indentation!.RightChars!.Value / 100.0;
        double dateIndent = date.ParagraphProperties.Indentation!.RightChars!.Value / 100.0;
        Assert.True(signatureIndent >= 2 && dateIndent >= 2);
        Assert.Equal(signatureIndent + SignatureBlock.Width(signature.InnerText) - 2, dateIndent + SignatureBlock.Width(date.InnerText), 3);
        Assert.True(int.Parse(date.ParagraphProperties.Indentation.Right!.Value!) > 0, "LibreOffice reads the right indent in twips");
        Assert.DoesNotMatch(@"^\d{4}年", paragraphs[1].InnerText + paragraphs[2].InnerText); // no date under the title
    }

    [Fact]
    public async Task The_html_and_text_end_with_the_signature_and_the_date_which_the_importer_reads_back()
    {
        await NoticeDraft.FeedAsync(_host, "十三届市委第一轮", new ContactLine(null, null, null));
        var admin = _host.As("admin|*");
        var notice = await NoticeDraft.CreateAsync(admin);

        var html = await admin.GetStringAsync($"/api/reports/notices/{notice}/html");
        Assert.Matches("<p class=\"signature\" style=\"padding-right: [0-9.]+em\">中共县档案局党组</p>\n<p class=\"date\" style=\"padding-right: [0-9.]+em\">\\d{4}年", html);
        var text = await admin.GetStringAsync($"/api/reports/notices/{notice}/txt");
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("中共县档案局党组", lines[^2]);

        var parsed = Rectify.Findings.Import.NoticeParser.Parse(text);
        Assert.Equal(lines[^1], $"{parsed.PublishedOn!.Value.Year}年{parsed.PublishedOn.Value.Month}月{parsed.PublishedOn.Value.Day}日");
    }

    private async Task<WordprocessingDocument> DocxAsync()
    {
        await NoticeDraft.FeedAsync(_host, "十三届市委第一轮", new ContactLine(null, null, null));
        var admin = _host.As("admin|*");
        var notice = await NoticeDraft.CreateAsync(admin);
        var bytes = await admin.GetByteArrayAsync($"/api/reports/notices/{notice}/docx");
        return WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    public void Dispose() => _host.Dispose();
}
