using Weld.TestSupport;

namespace Weld.Wasi.Tests;

/// <summary>Weld.Wasi's public surface is listed in PublicApi.approved.txt; any change to it must update that file on
/// purpose.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicSurfaceMatchesApprovedList() =>
        PublicApi.AssertMatchesApproved(typeof(WasiContext).Assembly, "PublicApi.approved.txt",
            "tests/Weld.Wasi.Tests/PublicApi.approved.txt");

    [Fact]
    public void EveryPublicTypeIsInTheWeldWasiNamespace()
    {
        var stray = typeof(WasiContext).Assembly.GetExportedTypes().Where(t => t.Namespace != "Weld.Wasi").Select(t => t.FullName).ToList();
        Assert.Empty(stray);
    }
}
