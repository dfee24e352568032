using Weld.Script;
using Weld.Tests.Support;
using Xunit.Abstractions;

namespace Weld.Tests.Execution;

/// <summary>Both back ends charge the same fuel by construction (one cost table, <c>FuelCosts</c>); this checks it on
/// the spec suite: every export of every module that instantiates (with spectest), called with zero arguments under
/// a fuel cap, must end the same way (results or trap code) with the same fuel left on both back ends (the bench
/// programs are compared in Weld.Wasi.Tests).</summary>
public class FuelAgreementTests(ITestOutputHelper output)
{
    private const ulong Cap = 200_000;

    [SpecCorpusFact]
    public void BothBackEndsLeaveTheSameFuelOnTheSpecSuite()
    {
        var dir = SpecCorpus.Wasm20()!;
        var failures = new List<string>();
        var interpreter = Outcomes(Backend.Interpreter, dir, failures);
        var compiler = Outcomes(Backend.Compiler, dir, failures);
        Assert.Empty(failures);
        Assert.Equal(interpreter.Count, compiler.Count);
        var differences = new List<string>();
        for (int i = 0; i < interpreter.Count; i++)
            if (interpreter[i] != compiler[i]) differences.Add($"interpreter: {interpreter[i]}\n  compiler:    {compiler[i]}");
        int outOfFuel = interpreter.Count(o => o.Contains("OutOfFuel", StringComparison.Ordinal));
        output.WriteLine($"{interpreter.Count} calls compared, {outOfFuel} ran out of fuel, {differences.Count} differ");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
        Assert.True(interpreter.Count > 2000, $"only {interpreter.Count} calls: the corpus was not read");
        Assert.True(outOfFuel > 0, "no call ran out of fuel: the cap is not exercised");
    }

    private static List<string> Outcomes(Backend backend, string dir, List<string> failures)
    {
        var engine = new Engine(new EngineOptions { Backend = backend, ConsumeFuel = true });
        var outcomes = new List<string>();
        var parseFailures = new List<string>();
        foreach (var c in SpecCorpus.Modules(dir, withTrapModules: true, parseFailures))
        {
            if (c.Assertion is not null) continue; // invalid, malformed or unlinkable on purpose
            Module module;
            try
            {
                module = c.Module.Kind switch
                {
                    ScriptModuleKind.Text => Module.FromText(engine, c.Module.Text!),
                    ScriptModuleKind.Binary => Module.FromBytes(engine, c.Module.Bytes!),
                    _ => throw new NotSupportedException(),
                };
            }
            catch (Exception e) when (e is WeldException or NotSupportedException)
            {
                continue;
            }
            using var store = new Store(engine);
            store.Fuel = Cap;
            string where = $"{c.File}:{c.Line}";
            Instance instance;
            try
            {
                instance = new Linker(engine).AddProvider(ExternProvider.SpecTest).Instantiate(store, module);
            }
            catch (LinkException)
            {
                continue; // imports from registered modules
            }
            catch (TrapException e)
            {
                outcomes.Add($"{where} start: {e.Code}, fuel {store.Fuel}");
                continue;
            }
            foreach (var (name, ext) in instance.Exports)
            {
                if (ext is not Function f) continue;
                store.Fuel = Cap;
                string result;
                try
                {
                    var args = Array.ConvertAll(f.Type.ParamArray, Value.Default);
                    result = string.Join(" ", f.Invoke(args).Select(v => v.Type == ValType.FuncRef ? "funcref" : v.ToString()));
                }
                catch (TrapException e) when (e.Code == TrapCode.CallStackExhausted)
                {
                    // The compiler also checks the native stack, so deep recursion stops at another depth on each
                    // back end: the fuel spent until then differs legitimately.
                    outcomes.Add($"{where} {name}: {e.Code}");
                    continue;
                }
                catch (TrapException e)
                {
                    result = e.Code.ToString();
                }
                outcomes.Add($"{where} {name}: {result}, fuel {store.Fuel}");
            }
        }
        failures.AddRange(parseFailures);
        return outcomes;
    }
}
