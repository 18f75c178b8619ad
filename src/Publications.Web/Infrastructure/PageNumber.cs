using System.Globalization;

namespace Publications.Web.Infrastructure;

/// <summary>Reads the <c>page</c> query parameter without trusting it.</summary>
public static class PageNumber
{
    /// <summary>Largest page number taken seriously; anything above is simply "past the end".</summary>
    public const int Max = 1_000_000;

    /// <summary>
    /// Parses a 1-based page number: absent or blank is page 1; a whole number from 1 up is that page (capped at
    /// <see cref="Max"/>); anything else (negative, zero, text, repeated values) is not a page.
    /// </summary>
    public static bool TryParse(string? text, out int page)
    {
        page = 1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return false;
        }
        page = (int)Math.Min(value, Max);
        return true;
    }

    /// <summary>How many pages <paramref name="count"/> items make at <paramref name="pageSize"/> a page (at least 1).</summary>
    public static int PageCount(int count, int pageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);
}
