namespace Weld;

/// <summary>The outcome of running one .wast script.</summary>
public sealed class WastResult
{
    internal WastResult(string name, int total, int passed, IReadOnlyList<WastFailure> failures)
    {
        Name = name;
        Total = total;
        Passed = passed;
        Failures = failures;
    }

    /// <summary>The script's file name or label.</summary>
    public string Name { get; }
    /// <summary>Number of commands run (modules, registrations, actions and assertions).</summary>
    public int Total { get; }
    /// <summary>Number of commands that did what the script expects.</summary>
    public int Passed { get; }
    /// <summary>The failing commands, in order.</summary>
    public IReadOnlyList<WastFailure> Failures { get; }
    /// <summary>True when every command passed.</summary>
    public bool Success => Failures.Count == 0 && Passed == Total;
}

/// <summary>One failing script command.</summary>
public sealed class WastFailure
{
    internal WastFailure(int line, string command, string expected, string actual)
    {
        Line = line;
        Command = command;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The command's line in the script.</summary>
    public int Line { get; }
    /// <summary>The command's kind, e.g. <c>assert_return</c>.</summary>
    public string Command { get; }
    /// <summary>What the script expected.</summary>
    public string Expected { get; }
    /// <summary>What happened.</summary>
    public string Actual { get; }

    /// <summary>One line: <c>line 12: assert_return: expected ..., got ...</c>.</summary>
    public override string ToString() => $"line {Line}: {Command}: expected {Expected}, got {Actual}";
}
