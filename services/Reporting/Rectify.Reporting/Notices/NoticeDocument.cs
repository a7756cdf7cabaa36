namespace Rectify.Reporting.Notices;

/// <summary>
/// What a line of a notice is, so each output format can lay it out (GB/T 9704: 一、 黑体, （一） 楷体, 1. 仿宋 bold;
/// the 署名 (<see cref="Signature"/>) and the 成文日期 (<see cref="Date"/>) close the document at the bottom right).
/// </summary>
public enum LineKind { Title, Date, Body, Section, Heading1, Heading2, Heading3, Closing, Signature }

public sealed record NoticeLine(LineKind Kind, string Text);

/// <summary>
/// A generated progress notice (整改进展情况通报), line by line in the order the corpus notices use.
/// <see cref="Facts"/> are the counts its text states, so tests and callers need not read them back from prose.
/// </summary>
public sealed record NoticeDocument(string Title, IReadOnlyList<NoticeLine> Lines, NoticeFacts Facts);

/// <summary>
/// The counts a notice states. Items are the leaves of the live finding tree (the feedback's most
/// specific problems); an item is completed when all its tasks are closed, and overdue when one of its
/// open tasks is past its deadline; completed late (逾期完成) when completed and one of its tasks was closed after its deadline.
/// </summary>
/// The depth decides how the totals read: 1 "N个问题", 2 "N个方面M个问题", 3 or more adds "K个具体问题" (every item).
public sealed record NoticeFacts(
    int Depth, int Aspects, int Problems, int Items, int Completed, int Sustained, int InProgress, int Overdue, int NotStarted, decimal? CompletionRate,
    int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable,
    int CompletedLate = 0);
