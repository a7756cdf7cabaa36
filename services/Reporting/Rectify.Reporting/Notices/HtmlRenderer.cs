using System.Globalization;
using System.Net;
using System.Text;

namespace Rectify.Reporting.Notices;

/// <summary>
/// HTML after GB/T 9704: A4, margins 37/35/28/26 mm (top/bottom/left/right), title 方正小标宋简体 二号
/// (22 pt), body 仿宋_GB2312 三号 (16 pt), 一、 in 黑体 and （一） in 楷体. Each font list ends in fonts
/// installed here (Noto CJK), so the page renders where the official fonts are missing.
/// </summary>
public static class HtmlRenderer
{
    private const string Style = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; max-width: 156mm; margin: 0 auto; color: #000; }
        h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "Noto Serif CJK SC", serif; font-size: 22pt; line-height: 36pt; font-weight: normal; text-align: center; margin: 0 0 28pt; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        p.signature { text-align: right; text-indent: 0; margin-top: 28pt; }
        p.date { text-align: right; text-indent: 0; }
        p.section { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
        p.h1 { font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif; }
        p.h2 { font-weight: bold; }
        """;

    public static string Render(NoticeDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(doc.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<article>\n");
        var (signatureIndent, dateIndent) = SignatureIndents(doc);
        foreach (var line in doc.Lines)
        {
            var text = WebUtility.HtmlEncode(line.Text);
            sb.Append(line.Kind switch
            {
                LineKind.Title => $"<h1>{text}</h1>",
                LineKind.Signature => $"<p class=\"signature\" style=\"padding-right: {signatureIndent.ToString(CultureInfo.InvariantCulture)}em\">{text}</p>",
                LineKind.Date => $"<p class=\"date\" style=\"padding-right: {dateIndent.ToString(CultureInfo.InvariantCulture)}em\">{text}</p>",
                LineKind.Section => $"<p class=\"section\">{text}</p>",
                LineKind.Heading1 => $"<p class=\"h1\">{text}</p>",
                LineKind.Heading2 => $"<p class=\"h2\">{text}</p>",
                _ => $"<p>{text}</p>",
            }).Append('\n');
        }
        sb.Append("</article>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static (double Signature, double Date) SignatureIndents(NoticeDocument doc) =>
        SignatureBlock.RightIndents(
            doc.Lines.FirstOrDefault(l => l.Kind == LineKind.Signature)?.Text ?? "",
            doc.Lines.LastOrDefault(l => l.Kind == LineKind.Date)?.Text ?? "");
}
