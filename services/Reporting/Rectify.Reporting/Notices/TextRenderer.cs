using System.Text;

namespace Rectify.Reporting.Notices;

/// <summary>Plain text and Markdown: one paragraph per line, the markers (一、（一）1.（1）①) carrying the structure, as in the corpus.</summary>
public static class TextRenderer
{
    public static string PlainText(NoticeDocument doc) => string.Join("\n", doc.Lines.Select(l => l.Text)) + "\n";

    /// <summary>
    /// Markdown whose only markup is the title heading: the other headings stay the numbered paragraphs
    /// official documents use ("1.关于…" has no space after the dot, so it is no Markdown list), and the
    /// importer reads the Markdown as it reads any notice.
    /// </summary>
    public static string Markdown(NoticeDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var line in doc.Lines)
            sb.Append(line.Kind == LineKind.Title ? "# " : "").Append(line.Text).Append("\n\n");
        return sb.ToString();
    }
}
