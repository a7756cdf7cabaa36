namespace Rectify.Reporting.Notices;

/// <summary>
/// Where the 署名 and 成文日期 sit (GB/T 9704-2012 7.3.5.3, a document without a seal): the issuer right-indented
/// two characters, the date on the next line starting two characters right of the issuer's first character; a date
/// longer than that keeps two characters to the right margin and pushes the issuer left instead. Widths count a
/// Chinese character as one and an ASCII digit or letter as half (the date's digits are half-width).
/// </summary>
public static class SignatureBlock
{
    public static (double Signature, double Date) RightIndents(string signature, string date)
    {
        double signatureWidth = Width(signature), dateWidth = Width(date);
        var dateIndent = 2 + signatureWidth - 2 - dateWidth;
        return dateIndent >= 2 ? (2, dateIndent) : (2 + dateWidth + 2 - signatureWidth, 2);
    }

    public static double Width(string text) => text.Sum(c => c < 0x80 ? 0.5 : 1);
}
