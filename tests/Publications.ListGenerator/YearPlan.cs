namespace Publications.ListGenerator;

/// <summary>
/// How many papers each year gets: weights grow exponentially towards recent years (as publication
/// counts do), and whole counts are handed out by largest remainder so they add up to exactly the total.
/// </summary>
public static class YearPlan
{
    /// <summary>Yearly growth of the weight: about 8 %, so the newest year weighs ~60× the oldest over 50 years.</summary>
    private const double Growth = 0.08;

    /// <summary>Papers per year, newest year first; years with no papers are left out (an empty heading is a warning).</summary>
    public static IReadOnlyList<(int Year, int Count)> Plan(int count, int firstYear, int lastYear)
    {
        var years = lastYear - firstYear + 1;
        var weights = Enumerable.Range(0, years).Select(i => Math.Exp(Growth * i)).ToArray();
        var total = weights.Sum();
        var exact = weights.Select(w => count * w / total).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = count - counts.Sum();
        // Largest fractional part first; ties go to the newer year, so the order is fully determined.
        foreach (var i in Enumerable.Range(0, years).OrderByDescending(i => exact[i] - counts[i]).ThenByDescending(i => i).Take(left))
        {
            counts[i]++;
        }
        return [.. Enumerable.Range(0, years).Reverse().Where(i => counts[i] > 0).Select(i => (firstYear + i, counts[i]))];
    }
}
