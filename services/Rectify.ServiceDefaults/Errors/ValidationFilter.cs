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

    public static Dictionary<string, string[]> Errors(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty(string.Empty).Select(m => (Member: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(e => e.Member)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
    }
}
