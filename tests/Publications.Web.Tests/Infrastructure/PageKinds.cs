namespace Publications.Web.Tests.Infrastructure;

/// <summary>One URL of every kind of page the app serves, for checks that must hold on all of them (axe, HTML validity, CLS).</summary>
public static class PageKinds
{
    /// <summary>A detail page whose abstract has links (a code repository), so buttons are on it.</summary>
    public static string PaperPath => ShippedList.List.All.Single(p => p.Abstract.Contains("Graph Counselor", StringComparison.Ordinal)).Path;

    /// <summary>Short name (used in file names and messages) → URL.</summary>
    public static IReadOnlyList<(string Name, string Url)> All =>
    [
        ("home", "/"),
        ("year", "/2024"),
        ("paper", PaperPath),
        ("results", "/search?q=model"),
        ("search-empty", "/search"),
        ("search-none", "/search?q=zzzzqqq"),
        ("not-found", "/no-such-page"),
    ];

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (name, _) in All)
            {
                data.Add(name);
            }
            return data;
        }
    }

    public static string UrlOf(string name) => All.Single(k => k.Name == name).Url;
}
