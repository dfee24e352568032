namespace Weld.Script;

/// <summary>Checks one command's outcome and describes mismatches.</summary>
internal static class Expect
{
    public static WastFailure? Nothing(int line, string command, Func<Value[]> action)
    {
        action();
        return null;
    }

    public static WastFailure? Results(AssertReturnCommand command, Value[] actual)
    {
        var expected = command.Expected;
        bool ok = actual.Length == expected.Count;
        for (int i = 0; ok && i < actual.Length; i++) ok = ScriptValues.Matches(expected[i], actual[i]);
        if (ok) return null;
        return new WastFailure(command.Line, "assert_return",
            "[" + string.Join(", ", expected.Select(ScriptValues.Describe)) + "]",
            "[" + string.Join(", ", actual.Select(a => a.ToString())) + "]");
    }

    public static WastFailure? Trap(int line, string command, string message, Action action)
    {
        try
        {
            action();
        }
        catch (TrapException e) when (SpecMessages.Match(message, e.Message))
        {
            return null;
        }
        catch (WeldException e)
        {
            return new WastFailure(line, command, $"trap \"{message}\"", Describe(e));
        }
        return new WastFailure(line, command, $"trap \"{message}\"", "no trap");
    }

    public static WastFailure? Exception(int line, Action action)
    {
        try
        {
            action();
        }
        catch (WasmException)
        {
            return null;
        }
        catch (WeldException e)
        {
            return new WastFailure(line, "assert_exception", "exception", Describe(e));
        }
        return new WastFailure(line, "assert_exception", "exception", "no exception");
    }

    public static WastFailure? Trap(int line, string command, string message, Func<object> action) =>
        Trap(line, command, message, () => { action(); });

    public static string Describe(Exception e) => e switch
    {
        MalformedModuleException m => $"malformed \"{m.Message}\"",
        InvalidModuleException => $"invalid \"{e.Message}\"",
        LinkException => $"link error \"{e.Message}\"",
        TrapException => $"trap \"{e.Message}\"",
        _ => $"{e.GetType().Name} \"{e.Message}\"",
    };

    public static string NameOf(ScriptCommand command) => command switch
    {
        ModuleCommand => "module",
        ModuleDefinitionCommand => "module definition",
        ModuleInstanceCommand => "module instance",
        RegisterCommand => "register",
        ActionCommand => "action",
        AssertReturnCommand => "assert_return",
        AssertTrapCommand => "assert_trap",
        AssertExhaustionCommand => "assert_exhaustion",
        AssertExceptionCommand => "assert_exception",
        AssertModuleCommand => "assert_module",
        ThreadCommand => "thread",
        WaitCommand => "wait",
        _ => "command",
    };
}

/// <summary>How the runner compares the spec's expected messages with Weld's (the spec's strings live in Diagnostics.Messages).</summary>
internal static class SpecMessages
{
    /// <summary>The spec's message is a prefix of Weld's (Weld may add detail such as an index).</summary>
    public static bool Match(string expected, string actual) => actual.StartsWith(expected, StringComparison.Ordinal);
}
