using Weld.Binary;
using Weld.Script;
using Weld.Tests.Support;
using Weld.Validation;
using Xunit.Abstractions;

namespace Weld.Tests.Simd;

/// <summary>The front end over the spec's simd/ scripts: every script parses (v128 constants and lane patterns
/// included); text modules parse, validate or fail with the expected message; binary modules decode; valid modules
/// survive an encode/decode round trip unchanged.</summary>
public sealed class SimdSpecFrontEndTests(ITestOutputHelper output)
{
    [SpecCorpusFact]
    public void SimdScriptsParseValidateAndRoundTrip()
    {
        var dir = Path.Combine(SpecCorpus.Wasm20()!, "simd");
        int ok = 0;
        var failures = new List<string>();
        foreach (var c in SpecCorpus.Modules(dir, withTrapModules: false, failures))
        {
            if (c.Assertion is ModuleAssertion.Unlinkable or ModuleAssertion.Uninstantiable) continue;
            string? error = Check(c.Module, c.Assertion, c.Message);
            if (error is null) ok++;
            else failures.Add($"{c.File}:{c.Line}: {error}");
        }
        output.WriteLine($"{ok} modules as expected, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(ok > 1000, $"only {ok} modules checked");
    }

    private static string? Check(ScriptModule module, ModuleAssertion? assertion, string message)
    {
        try
        {
            // The 2.0 SIMD scripts: 2.0's reading (memory64 reads memarg offsets as u64).
            var def = module.Kind == ScriptModuleKind.Binary
                ? BinaryDecoder.Decode(module.Bytes, features: WasmFeatures.None)
                : module.ParseText(WasmFeatures.None);
            if (assertion == ModuleAssertion.Malformed) return $"parsed, expected malformed \"{message}\"";
            Validator.Validate(def, WasmFeatures.None);
            if (assertion == ModuleAssertion.Invalid) return $"validated, expected \"{message}\"";
            var bytes = BinaryEncoder.Encode(def);
            var again = BinaryEncoder.Encode(BinaryDecoder.Decode(bytes));
            return bytes.AsSpan().SequenceEqual(again) ? null : "round trip changed the module";
        }
        catch (MalformedModuleException e)
        {
            if (assertion == ModuleAssertion.Malformed && e.SpecMessage.StartsWith(message, StringComparison.Ordinal)) return null;
            if (assertion == ModuleAssertion.Invalid && e.SpecMessage.StartsWith("unknown ", StringComparison.Ordinal)) return null;
            return $"malformed \"{e.Message}\", expected {assertion} \"{message}\"";
        }
        catch (InvalidModuleException e)
        {
            if (assertion == ModuleAssertion.Invalid && e.Message.StartsWith(message, StringComparison.Ordinal)) return null;
            return $"invalid \"{e.Message}\", expected {assertion} \"{message}\"";
        }
    }
}
