using Weld.Fuzz.Sessions;

namespace Weld.Fuzz.Tests;

/// <summary>Weld sessions bound every call with fuel: a runaway call ends as out of budget, at the same point on both
/// back ends, long before the runner's timeout would report it as a hang.</summary>
public class WeldSessionFuelTests
{
    [Theory]
    [InlineData(Backend.Interpreter)]
    [InlineData(Backend.Compiler)]
    public void AnInfiniteLoopRunsOutOfBudgetInsteadOfHanging(Backend backend)
    {
        using var runner = new BoundedRunner(TimeSpan.FromMinutes(5));
        var engine = new Engine(WeldSession.BoundedOptions(backend));
        var module = Module.FromText(engine, """
            (module
              (func (export "spin") (loop (br 0)))
              (func (export "one") (result i32) (i32.const 1)))
            """);
        using var session = new WeldSession(module, runner);
        Assert.Equal(OutcomeKind.Returned, session.Instantiate().Kind);
        Assert.Equal(OutcomeKind.OutOfBudget, session.Call("spin", []).Kind);
        Assert.Equal(OutcomeKind.Returned, session.Call("one", []).Kind); // the next call has a fresh budget
    }
}
