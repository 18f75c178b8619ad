namespace Publications.Web.Infrastructure;

/// <summary>Where a published app finds its wwwroot and appsettings when started from another folder.</summary>
internal static class ContentRoot
{
    /// <summary>
    /// The app's own folder when it is a published app (wwwroot beside the dll) started from a folder without
    /// one, as in <c>dotnet /srv/publications/Publications.Web.dll</c>; otherwise null, leaving the host's default
    /// (the current folder, the project folder under <c>dotnet run</c>, or what tests and --contentRoot set).
    /// Without this, the static-asset endpoints of a published app run elsewhere answer with empty bodies.
    /// </summary>
    public static string? ForPublishedApp(string[] args)
    {
        var explicitRoot = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT")
            ?? Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT")
            ?? args.FirstOrDefault(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase));
        var appFolder = AppContext.BaseDirectory;
        var published = Directory.Exists(Path.Combine(appFolder, "wwwroot"));
        var hereHasOwn = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot"));
        return explicitRoot is null && published && !hereHasOwn ? appFolder : null;
    }
}
