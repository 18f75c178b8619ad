namespace Publications.Tests;

/// <summary>Paths of files copied beside the tests.</summary>
internal static class TestFiles
{
    /// <summary>The shipped list, copied unchanged from seeds/.</summary>
    public static string ShippedList { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "biqing-qi.txt");
}
