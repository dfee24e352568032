using Weld.Binary;
using Weld.Syntax;
using Weld.Text;
using Weld.Validation;

namespace Weld.Tests.Support;

/// <summary>The front-end stage that rejected a module source, or <see cref="Accepted"/> when none did.</summary>
internal enum FrontEndStage { Lexer, Parser, Decoder, Validator, Accepted }

/// <summary>
/// Loads hostile inputs stage by stage and counts where each one stopped, so that a test can show its inputs reach
/// the stages it claims to exercise instead of all dying in the first one. Each input also goes through the public
/// API, which must fail with the exception of that stage (or succeed) and throw nothing else.
/// </summary>
internal sealed class StageCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<FrontEndStage>().Length];

    public int this[FrontEndStage stage] => _counts[(int)stage];

    /// <summary>Inputs that got past <paramref name="stage"/>: rejected by a later stage or accepted.</summary>
    public int Passed(FrontEndStage stage) => _counts.Skip((int)stage + 1).Sum();

    public FrontEndStage LoadText(Engine engine, string text)
    {
        var stage = TextStage(text);
        ExpectPublicOutcome(stage, () => Module.FromText(engine, text));
        _counts[(int)stage]++;
        return stage;
    }

    public FrontEndStage LoadBinary(Engine engine, byte[] bytes)
    {
        var stage = BinaryStage(bytes);
        ExpectPublicOutcome(stage, () => Module.FromBytes(engine, bytes));
        _counts[(int)stage]++;
        return stage;
    }

    public override string ToString() =>
        string.Join(", ", Enum.GetValues<FrontEndStage>().Where(s => this[s] > 0).Select(s => $"{s}: {this[s]}"));

    private static FrontEndStage TextStage(string text)
    {
        try { Lexer.Tokenize(text); }
        catch (MalformedModuleException) { return FrontEndStage.Lexer; }
        ModuleDefinition definition;
        try { definition = TextParser.ParseModule(text); }
        catch (MalformedModuleException) { return FrontEndStage.Parser; }
        return ValidatorStage(definition);
    }

    private static FrontEndStage BinaryStage(byte[] bytes)
    {
        ModuleDefinition definition;
        try { definition = BinaryDecoder.Decode(bytes); }
        catch (MalformedModuleException) { return FrontEndStage.Decoder; }
        return ValidatorStage(definition);
    }

    private static FrontEndStage ValidatorStage(ModuleDefinition definition)
    {
        try { Validator.Validate(definition); }
        catch (InvalidModuleException) { return FrontEndStage.Validator; }
        return FrontEndStage.Accepted;
    }

    private static void ExpectPublicOutcome(FrontEndStage stage, Func<Module> load)
    {
        switch (stage)
        {
            case FrontEndStage.Accepted:
                _ = load();
                break;
            case FrontEndStage.Validator:
                Assert.Throws<InvalidModuleException>(load);
                break;
            default:
                Assert.Throws<MalformedModuleException>(load);
                break;
        }
    }
}
