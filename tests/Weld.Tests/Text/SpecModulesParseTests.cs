using Weld.Script;
using Weld.Tests.Support;
using Weld.Text;
using Weld.Validation;
using Xunit.Abstractions;

namespace Weld.Tests.Text;

/// <summary>Parses every text module of the wasm-2.0 spec scripts (SIMD excluded): modules outside assertions that
/// expect failure must parse; <c>assert_malformed</c> text modules must be rejected with the spec's message.</summary>
public sealed class SpecModulesParseTests(ITestOutputHelper output)
{
    [SpecCorpusFact]
    public void EveryTextModuleInTheSpecScriptsParsesOrFailsAsExpected()
    {
        var dir = SpecCorpus.Wasm20()!;
        int parsed = 0, rejected = 0, invalidUnresolved = 0, validated = 0, invalidRejected = 0;
        var invalidAccepted = new List<string>();
        var failures = new List<string>();
        foreach (var c in SpecCorpus.Modules(dir, withTrapModules: true, failures))
        {
            var (module, assertion, message) = (c.Module, c.Assertion, c.Message);
            if (module.Kind == ScriptModuleKind.Binary) continue;
            string where = $"{c.File}:{c.Line}";
            try
            {
                var def = module.ParseText();
                if (assertion == ModuleAssertion.Malformed)
                {
                    failures.Add($"{where}: parsed, expected \"{message}\"");
                    continue;
                }
                parsed++;
                // The validator judges what the parser built: valid modules must validate, invalid ones must not.
                try
                {
                    Validator.Validate(def, WasmFeatures.None); // the wasm-2.0 scripts expect 2.0's rules
                    if (assertion == ModuleAssertion.Invalid) invalidAccepted.Add($"{where}: validated, expected \"{message}\"");
                    else validated++;
                }
                catch (InvalidModuleException e)
                {
                    if (assertion == ModuleAssertion.Invalid)
                    {
                        invalidRejected++;
                        if (!e.Message.StartsWith(message, StringComparison.Ordinal))
                            failures.Add($"{where}: validator says \"{e.Message}\", script expects \"{message}\"");
                    }
                    else failures.Add($"{where}: invalid: {e.Message}");
                }
            }
            catch (MalformedModuleException e)
            {
                if (assertion == ModuleAssertion.Malformed)
                {
                    if (e.SpecMessage.StartsWith(message, StringComparison.Ordinal)) rejected++;
                    else failures.Add($"{where}: got \"{e.Message}\", expected \"{message}\"");
                }
                else if (assertion == ModuleAssertion.Invalid && e.SpecMessage.StartsWith("unknown ", StringComparison.Ordinal))
                    invalidUnresolved++; // a symbolic reference to nothing: the text format rejects it already
                else failures.Add($"{where}: {e.Message}");
            }
            catch (Exception e)
            {
                failures.Add($"{where}: {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine($"{parsed} modules parsed, {rejected} malformed modules rejected as expected, " +
            $"{invalidUnresolved} invalid modules rejected early for unresolved names, {failures.Count} failures; " +
            $"{validated} validated, {invalidRejected} invalid ones rejected by the validator, {invalidAccepted.Count} accepted");
        failures.AddRange(invalidAccepted);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(60)));
        Assert.True(parsed > 1000, $"only {parsed} modules parsed");
        Assert.True(validated > 0 && invalidRejected > 0, "the validator saw no valid or no invalid module");
    }
}
