using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Rectify.ServiceDefaults.Errors;

/// <summary>
/// What the framework refuses before a handler runs (malformed JSON, a wrong-typed field, a missing query
/// parameter, the wrong content type) as a problem naming the field, with the framework's own status (400/413/415).
/// </summary>
public static partial class BadRequests
{
    public static ProblemDetails Problem(BadHttpRequestException bad)
    {
        var field = bad.InnerException is JsonException json ? FieldOf(json) : ParameterOf(bad.Message);
        if (bad.StatusCode != StatusCodes.Status400BadRequest || field is null)
            return new ProblemDetails { Status = bad.StatusCode, Title = Title(bad), Detail = Title(bad) };
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [Title(bad)] })
        {
            Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.",
        };
    }

    /// <summary>The field a JSON error is at, in the client's casing ("$.figures[0].kind" → "figures[0].kind"); null at the root.</summary>
    public static string? FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    // The framework's messages name the parameter as "Type name": Required parameter "string jurisdictionPath" was not provided...
    private static string? ParameterOf(string message) => Parameter().Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    // Without echoing the framework's text (it names .NET types): the kind of mistake is enough.
    private static string Title(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ when bad.InnerException is JsonException => "Not valid JSON, or a value of the wrong type.",
        _ when bad.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase) => "A request body is required.",
        _ => "A required value is missing or not valid.",
    };

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex Parameter();
}
