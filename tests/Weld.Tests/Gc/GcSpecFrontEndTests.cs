using Weld.Binary;
using Weld.Script;
using Weld.Tests.Support;
using Weld.Validation;
using Xunit.Abstractions;

namespace Weld.Tests.Gc;

/// <summary>The front end over the spec's GC scripts (wasm-3.0/gc and the type-*.wast scripts), whatever the back
/// ends run: every script parses; every module parses, decodes, validates or fails with the expected message; valid
/// modules survive an encode/decode round trip unchanged and still validate.</summary>
public sealed class GcSpecFrontEndTests(ITestOutputHelper output)
{
    [SpecCorpusFact]
    public void GcScriptsParseValidateAndRoundTrip()
    {
        var root = Path.Combine(Path.GetDirectoryName(SpecCorpus.Wasm20()!)!, "wasm-3.0");
        int ok = 0;
        var failures = new List<string>();
        var cases = SpecCorpus.Modules(Path.Combine(root, "gc"), withTrapModules: true, failures)
            .Concat(SpecCorpus.Modules(root, withTrapModules: true, failures).Where(c => c.File.StartsWith("type", StringComparison.Ordinal)));
        foreach (var c in cases)
        {
            if (c.Assertion is ModuleAssertion.Unlinkable or ModuleAssertion.Uninstantiable) continue;
            string? error = Check(c.Module, c.Assertion, c.Message);
            if (error is null) ok++;
            else failures.Add($"{c.File}:{c.Line}: {error}");
        }
        output.WriteLine($"{ok} modules as expected, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(ok > 200, $"only {ok} modules checked");
    }

    private static string? Check(ScriptModule module, ModuleAssertion? assertion, string message)
    {
        try
        {
            var def = module.Kind == ScriptModuleKind.Binary ? BinaryDecoder.Decode(module.Bytes) : module.ParseText(WasmFeatures.Default);
            if (assertion == ModuleAssertion.Malformed) return $"parsed, expected malformed \"{message}\"";
            Validator.Validate(def);
            if (assertion == ModuleAssertion.Invalid) return $"validated, expected \"{message}\"";
            var bytes = BinaryEncoder.Encode(def);
            var decoded = BinaryDecoder.Decode(bytes);
            Validator.Validate(decoded);
            var again = BinaryEncoder.Encode(decoded);
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
