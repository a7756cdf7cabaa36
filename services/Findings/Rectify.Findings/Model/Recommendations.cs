using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Infrastructure;
using Rectify.ServiceDefaults.Errors;

namespace Rectify.Findings.Model;

/// <summary>The team's recommendations (意见建议) for an inspection: an ordered list the office keeps.</summary>
public sealed class Recommendations(FindingsDbContext db)
{
    public async Task<Recommendation> AddAsync(Inspection inspection, string text, CancellationToken ct)
    {
        var position = await db.Recommendations.CountAsync(r => r.InspectionId == inspection.Id, ct) + 1;
        var recommendation = Add(inspection, text, position);
        await db.SaveChangesAsync(ct);
        return recommendation;
    }

    public Recommendation Add(Inspection inspection, string text, int position)
    {
        var recommendation = new Recommendation { Id = Guid.CreateVersion7(), InspectionId = inspection.Id, Position = position, Text = text.Trim() };
        db.Recommendations.Add(recommendation);
        return recommendation;
    }

    public async Task<Recommendation> ReviseAsync(Inspection inspection, Guid id, string text, CancellationToken ct)
    {
        var recommendation = await FindAsync(inspection, id, ct);
        recommendation.Text = text.Trim();
        await db.SaveChangesAsync(ct);
        return recommendation;
    }

    public async Task WithdrawAsync(Inspection inspection, Guid id, CancellationToken ct)
    {
        (await FindAsync(inspection, id, ct)).Withdrawn = true;
        await db.SaveChangesAsync(ct);
    }

    private async Task<Recommendation> FindAsync(Inspection inspection, Guid id, CancellationToken ct) =>
        await db.Recommendations.FirstOrDefaultAsync(r => r.Id == id && r.InspectionId == inspection.Id && !r.Withdrawn, ct)
            ?? throw new NotFoundException("Recommendation");
}
