using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Findings.Import;

// .docx: paragraphs become lines in document order; a rectification ledger table (整改台账) becomes labelled lines.
public static partial class NoticeReader
{
    private enum LedgerColumn { Other, Ordinal, Problem, Measures, Status, Leader, Unit, Deadline }

    private static string ReadDocx(byte[] bytes, string name)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            // The service checks the archive's part sizes first; this caps what one part may load anyway.
            using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 20L * 1024 * 1024 });
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new NoticeFormatException($"{name}: a .docx without a document body");
            var sb = new StringBuilder();
            AppendBlocks(body, sb);
            return sb.ToString();
        }
        catch (NoticeFormatException) { throw; }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new NoticeFormatException($"{name}: a ZIP archive but not a readable .docx ({ex.Message})", ex);
        }
    }

    private static void AppendBlocks(OpenXmlElement parent, StringBuilder sb)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p: sb.Append(ParagraphText(p)).Append('\n'); break;
                case W.Table t:
                    if (!AppendLedger(t, sb)) AppendBlocks(t, sb); // any other table: its cells' paragraphs as lines, as before
                    break;
                default: AppendBlocks(child, sb); break; // rows, cells, content controls (w:sdt)
            }
        }
    }

    private static string ParagraphText(W.Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var t in p.Descendants())
        {
            if (t is W.Text text) sb.Append(text.Text);
            else if (t is W.TabChar) sb.Append(' ');
            else if (t is W.Break) sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// A table whose header names a problem column and a measures column (序号 | 问题 | 整改措施 | 完成情况 …) is a ledger:
    /// each row is written as a numbered heading with 整改措施：/完成状态：/责任领导：/责任单位：/完成时限： lines, which the
    /// parser reads like any notice. False for any other table.
    /// </summary>
    private static bool AppendLedger(W.Table table, StringBuilder sb)
    {
        var rows = table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(CellText).ToList()).ToList();
        var headerAt = rows.FindIndex(r => r.Select(Column).Contains(LedgerColumn.Problem) && r.Select(Column).Contains(LedgerColumn.Measures));
        if (headerAt < 0) return false;
        var columns = rows[headerAt].Select(Column).ToList();
        var number = 0;
        foreach (var row in rows.Skip(headerAt + 1))
        {
            string Cell(LedgerColumn c) => columns.IndexOf(c) is var i and >= 0 && i < row.Count ? row[i] : "";
            var problem = Cell(LedgerColumn.Problem);
            if (problem.Length == 0 || row.SequenceEqual(rows[headerAt])) continue; // blank or the header repeated on a new page
            number++;
            // Auto-numbered 序号 cells carry no text: the row's place is the ordinal then.
            var ordinal = Cell(LedgerColumn.Ordinal).TrimEnd('.', '．', '、');
            if (ordinal.Length == 0 || !ordinal.All(char.IsAsciiDigit)) ordinal = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(ordinal).Append('.').Append(problem).Append('\n');
            Labelled("整改措施", Cell(LedgerColumn.Measures));
            Labelled("完成状态", Cell(LedgerColumn.Status));
            Labelled("责任领导", Cell(LedgerColumn.Leader));
            Labelled("责任单位", Cell(LedgerColumn.Unit));
            Labelled("完成时限", Cell(LedgerColumn.Deadline));
        }
        return true;

        void Labelled(string label, string text)
        {
            if (text.Length > 0) sb.Append(label).Append('：').Append(text).Append('\n');
        }
    }

    // A cell's paragraphs joined on one line: a "1." paragraph inside a measures cell must not read as the next row's heading.
    private static string CellText(W.TableCell cell)
    {
        var sb = new StringBuilder();
        foreach (var p in cell.Elements<W.Paragraph>())
        {
            var text = ParagraphText(p).Replace('\n', ' ').Trim();
            if (text.Length == 0) continue;
            if (sb.Length > 0 && !"。；;，,：:".Contains(sb[^1])) sb.Append('；');
            sb.Append(text);
        }
        return sb.ToString();
    }

    private static LedgerColumn Column(string header)
    {
        var h = header.Replace(" ", "", StringComparison.Ordinal);
        if (h.Length is 0 or > 12) return LedgerColumn.Other;
        if (h is "序号" or "编号") return LedgerColumn.Ordinal;
        if (h.Contains("完成情况") || h.Contains("完成状态") || h.Contains("整改进度") || h.Contains("整改结果") || h.Contains("进展")) return LedgerColumn.Status;
        if (h.Contains("措施") || h.Contains("整改情况") || h.Contains("落实情况")) return LedgerColumn.Measures;
        if (h.Contains("领导")) return LedgerColumn.Leader;
        if (h.Contains("责任单位") || h.Contains("责任部门") || h.Contains("责任科室") || h.Contains("牵头单位") || h.Contains("责任股室")) return LedgerColumn.Unit;
        if (h.Contains("时限") || h.Contains("完成时间")) return LedgerColumn.Deadline;
        if (h.Contains("问题") && !h.Contains("类别") && !h.Contains("类型")) return LedgerColumn.Problem;
        return LedgerColumn.Other;
    }
}
