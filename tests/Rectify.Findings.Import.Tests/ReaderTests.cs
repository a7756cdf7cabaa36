using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Findings.Import.Tests;

public class ReaderTests
{
    static ReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Empty_input_is_refused()
    {
        var ex = Assert.Throws<NoticeFormatException>(() => NoticeReader.Read([], "empty.txt"));
        Assert.Contains("empty", ex.Message);
        Assert.Throws<NoticeFormatException>(() => NoticeReader.Read("  \n\r\n "u8, "blank.txt"));
    }

    [Fact]
    public void Binary_input_is_refused()
    {
        var bytes = new byte[4096];
        new Random(4).NextBytes(bytes);
        var ex = Assert.Throws<NoticeFormatException>(() => NoticeReader.Read(bytes, "data.bin"));
        Assert.Contains("binary", ex.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46 }, "JPEG")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "GIF")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    public void Images_and_pdf_are_refused_by_signature(byte[] bytes, string kind)
    {
        var ex = Assert.Throws<NoticeFormatException>(() => NoticeReader.Read(bytes, "scan"));
        Assert.Contains(kind, ex.Message);
    }

    [Fact]
    public void A_file_over_5_MB_is_refused_before_reading()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var fs = File.OpenWrite(path)) fs.SetLength(NoticeReader.MaxBytes + 1);
            var ex = Assert.Throws<NoticeFormatException>(() => NoticeReader.ReadFile(path));
            Assert.Contains("5 MB", ex.Message);
        }
        finally { File.Delete(path); }
        Assert.Throws<NoticeFormatException>(() => NoticeReader.Read(new byte[NoticeReader.MaxBytes + 1], "big"));
    }

    [Fact]
    public void A_missing_file_says_so() =>
        Assert.Contains("no such file", Assert.Throws<NoticeFormatException>(() => NoticeReader.ReadFile("/nonexistent/notice.txt")).Message);

    [Fact]
    public void Gbk_text_parses_the_same_as_utf8()
    {
        var utf8 = File.ReadAllBytes(Corpus.PathOf("report_00.txt"));
        var text = Encoding.UTF8.GetString(utf8);
        var gb = Encoding.GetEncoding("GB18030").GetBytes(text);
        var read = NoticeReader.Read(gb, "gbk.txt");
        Assert.Equal("gb18030", read.Format);
        Assert.Equal(text, read.Text);
        var a = NoticeParser.Parse(text);
        var b = NoticeParser.Parse(read.Text);
        Assert.Equal(a.Title, b.Title);
        Assert.Equal(a.LevelCounts, b.LevelCounts);
        Assert.Equal(a.Inspection, b.Inspection);
    }

    [Fact]
    public void Utf8_with_bom_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Corpus.PathOf("report_05.txt"))).ToArray();
        var read = NoticeReader.Read(bytes, "bom.txt");
        Assert.Equal("utf-8-bom", read.Format);
        Assert.StartsWith("中共南京市大数据管理局党组", read.Text);
    }

    [Fact]
    public void A_docx_notice_parses_like_its_text()
    {
        var text = File.ReadAllText(Corpus.PathOf("002_4f4fae3bed152b1a.txt"));
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                text.Split('\n').Select(line => new W.Paragraph(new W.Run(new W.Text(line.TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        var read = NoticeReader.Read(ms.ToArray(), "notice.docx");
        Assert.Equal("docx", read.Format);
        var fromDocx = NoticeParser.Parse(read.Text);
        var fromText = NoticeParser.Parse(text);
        Assert.Equal(fromText.Title, fromDocx.Title);
        Assert.Equal(fromText.LevelCounts, fromDocx.LevelCounts);
        Assert.Equal(21, fromDocx.Stated.Problems);
    }

    private static W.TableRow Row(params string[] cells) =>
        new(cells.Select(c => new W.TableCell(c.Split('\n').Select(p => new W.Paragraph(new W.Run(new W.Text(p)))))));

    private static byte[] Docx(params OpenXmlElement[] blocks)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(blocks));
        return ms.ToArray();
    }

    private static W.Paragraph P(string text) => new(new W.Run(new W.Text(text)));

    [Fact]
    public void A_ledger_table_in_a_docx_becomes_findings()
    {
        var bytes = Docx(
            P("某局党组关于巡察整改进展情况的通报"),
            P("根据市委统一部署，2021年3月1日至5月1日，市委第二巡察组对某局党组开展了巡察，并于6月1日反馈了巡察意见。"),
            P("一、整改工作组织情况"),
            P("成立领导小组。"),
            P("二、反馈问题整改情况"),
            new W.Table(
                Row("序号", "存在问题", "整改措施", "责任领导", "完成时限", "完成情况"),
                Row("1", "理论学习不深入", "一是制定学习计划；二是开展专题研讨", "张三", "2021年9月底", "已完成"),
                // A numbered paragraph inside a cell must stay in its row, not become the next finding.
                Row("2", "财务报销不规范，涉及2.5万元", "1.清退违规报销费用\n2.修订财务制度", "李四", "长期坚持", "正在推进"),
                Row("序号", "存在问题", "整改措施", "责任领导", "完成时限", "完成情况"), // the header again on a new page
                Row("", "会议记录不完整", "规范会议记录", "", "", "")),
            P("三、下一步工作打算"),
            P("持续抓好整改。"));
        var read = NoticeReader.Read(bytes, "ledger.docx");
        var n = NoticeParser.Parse(read.Text);
        Assert.Equal([3], n.LevelCounts);
        var (a, b, c) = (n.Findings[0], n.Findings[1], n.Findings[2]);
        Assert.Equal(("1", "理论学习不深入", FindingStatus.Completed, "张三", "2021年9月底"), (a.Ordinal, a.Title, a.Status, a.ResponsibleLeader, a.Deadline));
        Assert.Equal(["制定学习计划", "开展专题研讨"], a.Measures);
        Assert.Equal(("2", FindingStatus.InProgress, 25_000m), (b.Ordinal, b.Status, b.MoneyYuan));
        Assert.Equal(["1.清退违规报销费用；2.修订财务制度"], b.Measures);
        Assert.Empty(b.Children);
        Assert.Equal(("3", "会议记录不完整", FindingStatus.Unknown), (c.Ordinal, c.Title, c.Status)); // auto-numbered 序号: the row's place
    }

    [Fact]
    public void Other_tables_in_a_docx_are_read_cell_by_cell()
    {
        var read = NoticeReader.Read(Docx(P("前言"), new W.Table(Row("单位", "人数"), Row("办公室", "3")), P("结尾")), "t.docx");
        Assert.Equal(["前言", "单位", "人数", "办公室", "3", "结尾"], read.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_zip_that_is_not_a_docx_is_refused()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("a.txt").Open())) w.Write("hello");
        var ex = Assert.Throws<NoticeFormatException>(() => NoticeReader.Read(ms.ToArray(), "a.zip"));
        Assert.Contains(".docx", ex.Message);
    }

    [Fact]
    public void Noise_is_cleaned()
    {
        Assert.Equal("（5）整改任务：女子监狱建设推进缓慢。", NoticeCleaner.CleanLine("（5）整改任务：女子监狱建设推进缓慢。【更多公文素 材，微信：dadawk01】"));
        Assert.Equal("一、在“贯彻”方面", NoticeCleaner.CleanLine("##paidbegin##一、在“贯彻”方面"));
        Assert.Equal("2021年3月9日向", NoticeCleaner.CleanLine(" 2021年3月9 日向"));
        Assert.Equal("1.关于“学习”问题", NoticeCleaner.CleanLine("１. 关于“学习”问题"));
    }

    [Theory]
    [InlineData("三", 3)]
    [InlineData("十五", 15)]
    [InlineData("二十一", 21)]
    [InlineData("两", 2)]
    [InlineData("43", 43)]
    public void Chinese_numbers(string s, int n) => Assert.Equal(n, ChineseNumber.Parse(s));

    [Theory]
    [InlineData("巡察反馈的4个方面16项43个具体问题，已完成整改39个，完成率90.7%", 4, 16, 43, 39)]
    [InlineData("截至目前,巡察反馈的三个方面21个问题,已完成整改21个。", 3, 21, null, 21)]
    [InlineData("指出我局存在四大方面15个分项问题39个具体问题,现已完成整改事项39个", 4, 15, 39, 39)]
    [InlineData("指出了四个方面16项共37个问题，33个问题整改完成", 4, 16, 37, 33)]
    [InlineData("制定5个方面16项落实举措", null, null, null, null)]
    public void Stated_totals(string text, int? aspects, int? problems, int? issues, int? completed)
    {
        var t = NoticeParser.ParseTotals(text);
        Assert.Equal((aspects, problems, issues, completed), (t.Aspects, t.Problems, t.Issues, t.Completed));
    }
}
