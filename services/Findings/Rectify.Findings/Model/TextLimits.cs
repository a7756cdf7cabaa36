namespace Rectify.Findings.Model;

/// <summary>Fitting text read from a notice into bounded columns.</summary>
public static class TextLimits
{
    /// <summary>The text, or its first <paramref name="max"/> − 1 characters and an ellipsis when longer.</summary>
    public static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
