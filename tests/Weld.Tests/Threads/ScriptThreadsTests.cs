using Weld.Script;
using Weld.Tests.Support;

namespace Weld.Tests.Threads;

/// <summary>The .wast runner's threads commands: thread blocks on their own threads and stores, wait, either.</summary>
public class ScriptThreadsTests
{
    [Fact]
    public void ThreadsParseWithTheirSharedModulesAndCommands()
    {
        var commands = ScriptParser.Parse("""
            (module $M (memory (export "m") 1 1 shared))
            (thread $T (shared (module $M)) (register "m" $M) (thread $U (invoke $M "f")) (wait $U))
            (wait $T)
            (assert_return (invoke "f") (either (i32.const 1) (i64.const 2)))
            """);
        var thread = Assert.IsType<ThreadCommand>(commands[1]);
        Assert.Equal("T", thread.Name);
        Assert.Equal(["M"], thread.SharedModules);
        Assert.Equal(3, thread.Commands.Count);
        Assert.IsType<ThreadCommand>(thread.Commands[1]);
        Assert.Equal("T", Assert.IsType<WaitCommand>(commands[2]).Name);
        var either = Assert.IsType<AssertReturnCommand>(commands[3]).Expected.Single();
        Assert.Equal(ExpectedKind.Either, either.Kind);
        Assert.True(ScriptValues.Matches(either, Value.I64(2)));
        Assert.True(ScriptValues.Matches(either, Value.I32(1)));
        Assert.False(ScriptValues.Matches(either, Value.I32(2)));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void AFailingThreadFailsItsWaitAndSeesOnlyWhatItShares(Backend backend)
    {
        var result = new WastRunner(Engines.Create(backend)).Run("""
            (module $M (memory (export "m") 1 1 shared) (func (export "one") (result i32) (i32.const 1)))
            (register "m" $M)
            (thread $Sees (shared (module $M))
              (assert_return (invoke $M "one") (i32.const 1)))
            (thread $Blind
              (assert_unlinkable (module (memory (import "m" "m") 1 1 shared)) "unknown import"))
            (thread $Fails (assert_return (invoke $M "one") (i32.const 1)))
            (wait $Sees)
            (wait $Blind)
            (wait $Fails)
            """, "threads");
        Assert.Equal(8, result.Total);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("wait", 10), (failure.Command, failure.Line));
        Assert.Contains("unknown module $M", failure.Actual, StringComparison.Ordinal);
    }
}
