using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rectify.ServiceDefaults.Errors;

/// <summary>
/// Validates a request body's DataAnnotations before the handler runs, so bad input gets a 400 that
/// names each field (in the JSON casing the client sent) and nothing is written.
/// </summary>
public static class ValidationFilter
{
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder)
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            if (request is null)
                return TypedResults.Problem(title: "A request body is required.", statusCode: StatusCodes.Status400BadRequest);
            var errors = Errors(request);
            return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
        });
        return builder;
    }

    /// <summary>
    /// The dates a request may carry. Beyond them working-day and due-date arithmetic overflows (a 500 after the
    /// write, as a task deadline of 9999-12-31 did), and no inspection, deadline or report falls there.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    public static Dictionary<string, string[]> Errors(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        results.AddRange(DatesOutOfRange(request));
        return results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty).Select(m => (Member: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
    }

    private static IEnumerable<ValidationResult> DatesOutOfRange(object request)
    {
        foreach (var property in request.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            var date = property.GetValue(request) switch
            {
                DateOnly d => d,
                DateTimeOffset t => DateOnly.FromDateTime(t.UtcDateTime),
                DateTime t => DateOnly.FromDateTime(t),
                _ => (DateOnly?)null,
            };
            if (date is { } value && (value < EarliestDate || value > LatestDate))
                yield return new ValidationResult($"A date between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.", [property.Name]);
        }
    }
}
