using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// Request bodies made from an endpoint's declared request type (IAcceptsMetadata), so an endpoint added
/// later is covered without writing its body: a plausible one, and broken ones for the bad-input sweep.
/// </summary>
public static class RequestBodies
{
    public static Type? RequestType(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    public static bool TakesJson(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal))
        && accepts.RequestType is { } type && !typeof(IFormFile).IsAssignableFrom(type) && type != typeof(IFormFileCollection) && type != typeof(Stream);

    public static bool TakesForm(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Any(c => c.Contains("form", StringComparison.Ordinal));

    /// <summary>A body that should pass the shape checks: named values first, then attributes, then the type's plain value.</summary>
    public static JsonNode? Plausible(Type type, IReadOnlyDictionary<string, object> values) => Value(type, null, null, values, 0);

    /// <summary>The JSON names of the type's properties, with their CLR types and attributes.</summary>
    public static IEnumerable<(string Name, Type Type, PropertyInfo Property)> Properties(Type type) =>
        IsObject(type)
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0)
                .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType, p))
            : [];

    private static JsonNode? Value(Type type, string? name, PropertyInfo? property, IReadOnlyDictionary<string, object> values, int depth)
    {
        if (name is not null && values.TryGetValue(name, out var given))
            return JsonSerializer.SerializeToNode(given);
        type = Nullable.GetUnderlyingType(type) ?? type;
        var allowed = property?.GetCustomAttribute<AllowedValuesAttribute>()?.Values.FirstOrDefault(v => v is not null);
        if (allowed is not null)
            return JsonSerializer.SerializeToNode(allowed);
        var range = property?.GetCustomAttribute<RangeAttribute>();
        if (type == typeof(string))
            return Text(name ?? "", property);
        if (type == typeof(Guid))
            return Guid.NewGuid().ToString();
        if (type == typeof(bool))
            return false;
        if (type == typeof(DateOnly))
            return DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            return DateTimeOffset.UtcNow.AddDays(30).ToString("O");
        if (type == typeof(TimeOnly))
            return "09:00:00";
        if (type == typeof(TimeSpan))
            return "01:00:00";
        if (IsNumber(type))
            return JsonValue.Create(range is null ? 1 : Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
        if (type.IsEnum)
            return 1; // a number binds with or without a string-enum converter
        if (ElementType(type) is { } element)
            return depth > 3 ? new JsonArray() : new JsonArray(Value(element, null, null, values, depth + 1));
        if (typeof(IDictionary).IsAssignableFrom(type))
            return new JsonObject();
        if (depth > 3)
            return null;
        var result = new JsonObject();
        foreach (var (propertyName, propertyType, info) in Properties(type))
            result[propertyName] = Value(propertyType, propertyName, info, values, depth + 1);
        return result;
    }

    private static JsonNode Text(string name, PropertyInfo? property)
    {
        var lower = name.ToLowerInvariant();
        var text = lower.Contains("email") ? "someone@example.test"
            : lower.Contains("phone") || lower.Contains("mobile") ? "13800000000"
            : lower.Contains("url") ? "https://oapi.dingtalk.com/robot/send?access_token=matrix"
            : lower.Contains("password") ? "Matrix-pass-12345"
            : "矩阵测试";
        var max = property?.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? property?.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength;
        return max is { } m && m < text.Length ? text[..m] : text;
    }

    public static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(decimal)
        || type == typeof(double) || type == typeof(float) || type == typeof(uint) || type == typeof(ulong);

    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
            return null;
        if (type.IsArray)
            return type.GetElementType();
        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type)
            ? type.GetGenericArguments()[0] : null;
    }

    public static bool IsObject(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsClass && type != typeof(string) && ElementType(type) is null && !typeof(IDictionary).IsAssignableFrom(type)
            || type.IsValueType && !type.IsPrimitive && !type.IsEnum && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;
    }
}
