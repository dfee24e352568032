using Weld.Binary;
using Weld.Script;
using Weld.Tests.Text;
using Weld.Validation;
using Xunit.Abstractions;

namespace Weld.Tests.Simd;

/// <summary>The front end over the spec's simd/ scripts: every script parses (v128 constants and lane patterns
/// included); text modules parse, validate or fail with the expected message; binary modules decode; valid modules
/// survive an encode/decode round trip unchanged.</summary>
public sealed class SimdSpecFrontEndTests(ITestOutputHelper output)
{
    [Fact]
    public void SimdScriptsParseValidateAndRoundTrip()
    {
        var root = SpecCorpus.Wasm20();
        if (root is null) return;
        var dir = Path.Combine(root, "simd");
        int ok = 0;
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.wast").Order())
        {
            var name = Path.GetFileName(file);
            List<ScriptCommand> commands;
            try { commands = ScriptParser.Parse(File.ReadAllText(file)); }
            catch (Exception e)
            {
                failures.Add($"{name}: script: {e.Message}");
                continue;
            }
            foreach (var cmd in commands)
            {
                var (module, assertion, message) = cmd switch
                {
                    ModuleCommand m => (m.Module, (ModuleAssertion?)null, ""),
                    AssertModuleCommand a => (a.Module, a.Kind, a.Message),
                    _ => (null, null, ""),
                };
                if (module is null || assertion is ModuleAssertion.Unlinkable or ModuleAssertion.Uninstantiable) continue;
                string? error = Check(module, assertion, message);
                if (error is null) ok++;
                else failures.Add($"{name}:{cmd.Line}: {error}");
            }
        }
        output.WriteLine($"{ok} modules as expected, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(ok > 1000, $"only {ok} modules checked");
    }

    private static string? Check(ScriptModule module, ModuleAssertion? assertion, string message)
    {
        try
        {
            var def = module.Kind == ScriptModuleKind.Binary ? BinaryDecoder.Decode(module.Bytes) : module.ParseText();
            if (assertion == ModuleAssertion.Malformed) return $"parsed, expected malformed \"{message}\"";
            Validator.Validate(def);
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
