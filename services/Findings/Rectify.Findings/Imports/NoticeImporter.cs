using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Findings.Import;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Uploads;

namespace Rectify.Findings.Imports;

/// <summary>
/// Imports a published notice or a feedback document in two steps: <see cref="PreviewAsync"/> reads
/// and stores the text (nothing else is written), <see cref="CommitAsync"/> re-parses the stored text
/// and writes the inspection, its feedback, its finding tree and what the notice states about itself
/// (<see cref="NoticeFigures"/>), and one FindingProgressImported per item the tasks service makes a task
/// of — all in one transaction with their events. An item without a status of its own takes the one the
/// notice's overall statement gives it (<see cref="CompletionStatement"/>): completed only under a full one.
/// </summary>
public sealed class NoticeImporter(FindingsDbContext db, InspectionBook book, Recommendations recommendations, TimeProvider time)
{
    /// <summary>Previews are kept this long; a commit after that finds nothing.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    public async Task<NoticeImport> PreviewAsync(ReadOnlyMemory<byte> content, string source, string field, string actor, CancellationToken ct)
    {
        NoticeText text;
        try
        {
            OfficePackageLimits.Check(content, source);
            text = NoticeReader.Read(content.Span, source);
            NoticeParser.Parse(text.Text);
        }
        catch (Exception ex) when (ex is NoticeFormatException or OfficePackageTooLargeException)
        {
            throw new FieldException(field, ex.Message);
        }
        var import = new NoticeImport
        {
            Id = Guid.CreateVersion7(), Source = source, Text = text.Text, CreatedBy = actor, CreatedAt = time.GetUtcNow(), Version = 1,
        };
        db.Imports.Add(import);
        await db.SaveChangesAsync(ct);
        // Expired previews go as new ones arrive; committed imports stay as the record of what was read.
        var expired = time.GetUtcNow() - Kept;
        await db.Imports.Where(i => i.InspectionId == null && i.CreatedAt < expired).ExecuteDeleteAsync(ct);
        return import;
    }

    public async Task<ImportResult> CommitAsync(NoticeImport import, InspectionInput input, ParsedNotice notice, DateOnly feedbackOn,
        string jurisdictionPath, string? actor, CancellationToken ct)
    {
        if (import.InspectionId is not null)
            throw new ConflictException("This import was committed already.");
        var inspection = book.AddInspection(input, actor);
        await book.ApplyFeedbackAsync(inspection, feedbackOn, jurisdictionPath, actor, ct);
        var tasks = 0;
        var findings = 0;
        void Add(IReadOnlyList<ParsedFinding> nodes, Finding? parent)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                var level = (parent?.Level ?? 0) + 1;
                var finding = book.AddFinding(inspection, new FindingInput(parent?.Id, level, Ordinal(node, i), Title(node.Title),
                    node.ImmediateFix, node.MoneyYuan, Tags: []), i + 1, actor);
                findings++;
                // Deeper than the model's four levels: the notice's sub-points become measures of the deepest finding.
                var children = level < Finding.MaxLevel ? node.Children : [];
                var measures = level < Finding.MaxLevel ? node.Measures : [.. node.Measures, .. Flatten(node.Children)];
                if (children.Count == 0 || node.Status != FindingStatus.Unknown || node.Measures.Count > 0)
                {
                    inspection.Version++;
                    var status = notice.Completion.StatusOf(node);
                    db.Publish(new FindingProgressImported(EventMeta.New(inspection.Version, actor, time.GetUtcNow()), finding.Id, inspection.Id,
                        inspection.UnitId, import.Id, status.ToTaskState(), status == node.Status ? node.StatusText : StatementText(notice.Completion),
                        measures, node.ResponsibleLeader,
                        node.ResponsibleUnit, node.Deadline, notice.PublishedOn));
                    tasks++;
                }
                Add(children, finding);
            }
        }
        Add(notice.Findings, null);
        for (var i = 0; i < notice.Recommendations.Count; i++)
            recommendations.Add(inspection, notice.Recommendations[i], i + 1);
        if (HasStartedRectifying(notice.Findings, notice.Completion))
            book.ApplyStart(inspection, actor);
        inspection.Notice = NoticeFigures.From(import.Id, notice);
        import.InspectionId = inspection.Id;
        import.CommittedAt = time.GetUtcNow();
        import.Version++;
        await db.SaveChangesAsync(ct);
        return new ImportResult(import.Id, inspection.Id, findings, tasks);
    }

    public async Task<NoticeImport> FindAsync(Guid id, string actor, bool administrator, CancellationToken ct)
    {
        var since = time.GetUtcNow() - Kept;
        return await db.Imports.FirstOrDefaultAsync(i => i.Id == id && (administrator || i.CreatedBy == actor) && i.CreatedAt >= since, ct)
            ?? throw new NotFoundException("Import");
    }

    private static bool HasStartedRectifying(IReadOnlyList<ParsedFinding> nodes, CompletionStatement completion) =>
        nodes.Any(n => completion.StatusOf(n).ToTaskState() is not (null or FindingStatusMapping.NotStarted) || HasStartedRectifying(n.Children, completion));

    /// <summary>The phrase an item marked by the notice's overall statement carries instead of one of its own.</summary>
    private static string StatementText(CompletionStatement completion) =>
        $"通报称已全部完成整改（已完成整改{completion.Completed}个，共{completion.Total}个）";

    private static IEnumerable<string> Flatten(IReadOnlyList<ParsedFinding> nodes) =>
        nodes.SelectMany(n => new[] { n.Title }.Concat(n.Measures).Concat(Flatten(n.Children)));

    /// <summary>The ordinal as written; a heading without one gets its place among its siblings.</summary>
    private static string Ordinal(ParsedFinding node, int index) =>
        string.IsNullOrWhiteSpace(node.Ordinal) ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : node.Ordinal.Trim()[..Math.Min(node.Ordinal.Trim().Length, 20)];

    private static string Title(string title) => TextLimits.Cut(title, 2000)!;
}
