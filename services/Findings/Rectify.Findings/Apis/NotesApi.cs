using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings.Apis;

/// <summary>
/// Recommendations (意见建议: read by anyone in scope, kept by the office) and problem clues
/// (问题线索: the discipline liaison's alone; the inspection shows others only their count).
/// </summary>
internal static class NotesApi
{
    public static void MapRecommendationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/recommendations", AddRecommendationAsync).Validate<RecommendationRequest>();
        api.MapPut("/{id:guid}/recommendations/{itemId:guid}", ReviseRecommendationAsync).Validate<RecommendationRequest>();
        api.MapDelete("/{id:guid}/recommendations/{itemId:guid}", WithdrawRecommendationAsync);
    }

    public static void MapCluesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/clues", ListCluesAsync);
        api.MapPost("/{id:guid}/clues", AddClueAsync).Validate<ClueRequest>();
        api.MapPut("/{id:guid}/clues/{clueId:guid}", ReviseClueAsync).Validate<ClueRequest>();
        api.MapDelete("/{id:guid}/clues/{clueId:guid}", WithdrawClueAsync);
    }

    private static async Task<Created<RecommendationItem>> AddRecommendationAsync(
        Guid id, RecommendationRequest request, InspectionAccess access, Recommendations recommendations, CancellationToken ct)
    {
        var (inspection, _) = await access.WritableAsync(id, ct);
        var item = await recommendations.AddAsync(inspection, request.Text, ct);
        return TypedResults.Created($"{InspectionsApi.Prefix}/{id}/recommendations/{item.Id}", new RecommendationItem(item.Id, item.Position, item.Text));
    }

    private static async Task<Ok<RecommendationItem>> ReviseRecommendationAsync(
        Guid id, Guid itemId, RecommendationRequest request, InspectionAccess access, Recommendations recommendations, CancellationToken ct)
    {
        var (inspection, _) = await access.WritableAsync(id, ct);
        var item = await recommendations.ReviseAsync(inspection, itemId, request.Text, ct);
        return TypedResults.Ok(new RecommendationItem(item.Id, item.Position, item.Text));
    }

    private static async Task<NoContent> WithdrawRecommendationAsync(
        Guid id, Guid itemId, InspectionAccess access, Recommendations recommendations, CancellationToken ct)
    {
        var (inspection, _) = await access.WritableAsync(id, ct);
        await recommendations.WithdrawAsync(inspection, itemId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ClueItem>>> ListCluesAsync(Guid id, InspectionAccess access, FindingsDbContext db, CancellationToken ct)
    {
        var inspection = await access.CluesAsync(id, ct);
        var clues = await db.Clues.AsNoTracking().Where(c => c.InspectionId == inspection.Id && !c.Withdrawn).ToListAsync(ct);
        return TypedResults.Ok(clues.OrderBy(c => c.HandedOverOn).ThenBy(c => c.Id).Select(ClueItem.From).ToList());
    }

    private static async Task<Created<ClueItem>> AddClueAsync(
        Guid id, ClueRequest request, InspectionAccess access, ClueRegister clues, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var inspection = await access.CluesAsync(id, ct);
        var clue = await clues.AddAsync(inspection, request.ToInput(), scope.Actor, ct);
        http.SetETag(clue.Version);
        return TypedResults.Created($"{InspectionsApi.Prefix}/{id}/clues/{clue.Id}", ClueItem.From(clue));
    }

    private static async Task<Ok<ClueItem>> ReviseClueAsync(
        Guid id, Guid clueId, ClueRequest request, InspectionAccess access, ClueRegister clues, HttpContext http, CancellationToken ct)
    {
        var inspection = await access.CluesAsync(id, ct);
        var clue = await clues.ReviseAsync(inspection, clueId, request.ToInput(), http.Request.IfMatch(), ct);
        http.SetETag(clue.Version);
        return TypedResults.Ok(ClueItem.From(clue));
    }

    private static async Task<NoContent> WithdrawClueAsync(
        Guid id, Guid clueId, InspectionAccess access, ClueRegister clues, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var inspection = await access.CluesAsync(id, ct);
        await clues.WithdrawAsync(inspection, clueId, http.Request.IfMatch(), scope.Actor, ct);
        return TypedResults.NoContent();
    }
}
