using Weld.TestSupport;

namespace Weld.Tests.Api;

/// <summary>The public surface is listed in PublicApi.approved.txt; any change to it must update that file on purpose.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicSurfaceMatchesApprovedList() =>
        PublicApi.AssertMatchesApproved(typeof(Engine).Assembly, Path.Combine("Api", "PublicApi.approved.txt"),
            "tests/Weld.Tests/Api/PublicApi.approved.txt");

    [Fact]
    public void EveryPublicTypeIsInTheWeldNamespace()
    {
        var stray = typeof(Engine).Assembly.GetExportedTypes().Where(t => t.Namespace != "Weld").Select(t => t.FullName).ToList();
        Assert.Empty(stray);
    }
}
