using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Tests;

public class BoundedRunnerTests
{
    [Fact]
    public void AHangIsReportedAfterTheTimeoutAndTheNextCallRunsOnAFreshWorker()
    {
        using var runner = new BoundedRunner(TimeSpan.FromMilliseconds(200));
        using var release = new ManualResetEventSlim();
        var finding = Assert.Throws<FuzzFinding>(() => runner.Run(() => release.Wait(TimeSpan.FromSeconds(30))));
        Assert.StartsWith("hang", finding.Message);
        Assert.Equal(42, runner.Run(() => 42));
        release.Set();
    }

    [Fact]
    public void AnExceptionOfTheWorkIsRethrownToTheCaller()
    {
        using var runner = new BoundedRunner(TimeSpan.FromSeconds(10));
        Assert.Throws<InvalidOperationException>(() => runner.Run<int>(() => throw new InvalidOperationException()));
    }
}
