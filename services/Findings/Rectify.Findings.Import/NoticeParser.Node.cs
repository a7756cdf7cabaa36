using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// A heading of the finding tree while it is being read, and what it becomes: status, immediate fix, money.
public static partial class NoticeParser
{
    private sealed class Node(string title, int level, string? ordinal)
    {
        public string Title { get; } = title;
        public int Level { get; } = level;
        public string? Ordinal { get; } = ordinal;
        /// <summary>The first unlabelled paragraph, when it came before anything else, and how much it added to Measures and Running.</summary>
        public string? Lead { get; set; }
        public int LeadMeasures { get; set; }
        public int LeadRunning { get; set; }
        /// <summary>The problem as stated: the title, the rest of the heading's paragraph and 存在问题：/整改任务： lines.</summary>
        public StringBuilder Problem { get; } = new(title);
        /// <summary>A marker kind already read as a numbered measure of this item: further lines of that kind are measures too.</summary>
        public MarkerKind MeasureKind { get; set; }
        public bool Excluded { get; set; }
        public List<Node> Children { get; } = [];
        public List<string> Measures { get; } = [];
        public StringBuilder Running { get; } = new();
        public StringBuilder MeasureLines { get; } = new();
        public FindingStatus Status { get; set; }
        public string? StatusText { get; set; }
        public bool StatusFromLabel { get; set; }
        public bool MeasuresLabelSeen { get; set; }
        public string? Leader { get; set; }
        public string? Unit { get; set; }
        public string? Deadline { get; set; }

        public ParsedFinding ToFinding(FindingStatus inherited = FindingStatus.Unknown, string? inheritedText = null, bool inheritedImmediate = false)
        {
            var status = Status;
            var statusText = StatusText;
            var fromLabel = StatusFromLabel;
            var running = Running.ToString();
            // "（一）立行立改情况" groups the immediate fixes: everything below it is one.
            var own = MeasureLines.Length == 0 ? running : running + "\n" + MeasureLines;
            // Handed over for immediate fix when the feedback's item or its group says so; "一是即知即改" among the
            // measures only describes how the unit worked, so the item's own text counts only when it names the handover.
            var immediate = inheritedImmediate || ImmediateGroupRegex().IsMatch(Title) || ImmediateFixRegex().IsMatch(Title)
                || ImmediateHandoverRegex().IsMatch(own) || ImmediateHandoverRegex().IsMatch(Problem.ToString())
                || Measures.Any(m => ImmediateHandoverRegex().IsMatch(m));
            var money = FirstAmount(Problem.ToString()) ?? MoneyReturned(own);
            if (StatusGroupRegex().IsMatch(Title))
            {
                // "（一）已整改完成的问题" groups items by status: the heading is the status of everything below it.
                (status, statusText) = FindingStatusMapping.Parse(Title);
                fromLabel = true;
                return new ParsedFinding(Title, status, statusText, fromLabel, Measures, Leader, Unit, Deadline,
                    Kept(Children).Select(c => c.ToFinding(status, statusText, immediate)).ToList(), Ordinal, immediate, money);
            }
            if (status == FindingStatus.Unknown && inherited != FindingStatus.Unknown)
                (status, statusText, fromLabel) = (inherited, inheritedText, true);
            if (status == FindingStatus.Unknown && running.Length > 0)
                (status, statusText) = StatusInRunningText(running);
            var childImmediate = inheritedImmediate || ImmediateGroupRegex().IsMatch(Title);
            return new ParsedFinding(Title, status, statusText, fromLabel, Measures, Leader, Unit, Deadline,
                Kept(Children).Select(c => c.ToFinding(inherited, inheritedText, childImmediate)).ToList(), Ordinal, immediate, money);
        }

        public static IEnumerable<Node> Kept(IEnumerable<Node> nodes) => nodes.Where(n => !n.Excluded);

        /// <summary>Makes the lead paragraph the node's one unmarked child, which takes everything the node read after it.</summary>
        public void PromoteLead()
        {
            var (title, remainder) = SplitTitle(Lead!);
            var child = new Node(title, Level + 1, null);
            if (remainder.Length > 0) child.Problem.Append('\n').Append(remainder);
            child.Measures.AddRange(Measures.Skip(LeadMeasures));
            child.Running.Append(Running.ToString(LeadRunning, Running.Length - LeadRunning));
            child.MeasureLines.Append(MeasureLines);
            (child.Status, child.StatusText, child.StatusFromLabel) = (Status, StatusText, StatusFromLabel);
            (child.Leader, child.Unit, child.Deadline, child.MeasuresLabelSeen) = (Leader, Unit, Deadline, MeasuresLabelSeen);
            Measures.Clear();
            Running.Clear();
            MeasureLines.Clear();
            (Status, StatusText, StatusFromLabel, Leader, Unit, Deadline) = (FindingStatus.Unknown, null, false, null, null, null);
            Children.Add(child);
        }
    }

    /// <summary>
    /// The first amount the problem is about ("违规发放补贴2.4万元", "卫生清扫费等1.6万元以领款单列支"), not a
    /// statistic of the unit's work ("固定资产投资144.4亿元"): the words just before it must be about money
    /// spent, owed or misused.
    /// </summary>
    private static decimal? FirstAmount(string text)
    {
        if (!text.Contains('元')) return null;
        foreach (Match m in AmountRegex().Matches(text))
        {
            var before = text[Math.Max(0, m.Index - 12)..m.Index];
            if (MoneyContextRegex().IsMatch(before) && !StatisticContextRegex().IsMatch(before))
                return Yuan(m.Groups["n"].Value, m.Groups["w"].Value);
        }
        return null;
    }

    [GeneratedRegex("(列入|列为|作为|纳入|交办|移交)[^，。；]{0,8}(立行立改|即知即改)|立行立改(问题|事项|清单)")]
    private static partial Regex ImmediateHandoverRegex();

    [GeneratedRegex("费|款|金|补助|补贴|津贴|违规|违纪|超标|套取|截留|挪用|虚报|虚列|多发|多付|少缴|少收|未收|未缴|拖欠|欠缴|损失|浪费|发放|支出|支付|列支|报销|收取|账|票")]
    private static partial Regex MoneyContextRegex();

    [GeneratedRegex("投资|产值|收入|营收|税收|增长|总量|规模|预算")]
    private static partial Regex StatisticContextRegex();

    private static decimal Yuan(string number, string unit)
    {
        var v = decimal.Parse(number, CultureInfo.InvariantCulture);
        return unit switch { "万" => v * 10_000m, "亿" => v * 100_000_000m, _ => v };
    }
}
