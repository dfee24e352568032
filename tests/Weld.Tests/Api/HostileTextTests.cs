using System.Text.RegularExpressions;
using Weld.Tests.Support;
using Xunit.Abstractions;

namespace Weld.Tests.Api;

/// <summary>Whatever text a module is made of, loading it gives a module or a Malformed/Invalid exception, nothing
/// else. Character edits mostly stop in the lexer or parser; token edits and random instruction sequences get past
/// the parser, so the validator sees hostile modules too. Each test asserts the stages its inputs reached.</summary>
public partial class HostileTextTests(ITestOutputHelper output)
{
    [Fact]
    public void RandomTextNeverEscapes()
    {
        var engine = new Engine();
        var random = new Random(7);
        var stages = new StageCounts();
        string alphabet = "()$\"; \n\t0123456789abcdefxi.+-_=@\\nanifmodulefuncparamresultlocalblockloopendbr";
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(1, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            stages.LoadText(engine, "(module " + new string(chars) + ")");
        }
        output.WriteLine(stages.ToString());
        Assert.True(stages[FrontEndStage.Lexer] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Parser] > 0, stages.ToString());
    }

    [Fact]
    public void MutatedTextOfARichModuleNeverEscapes()
    {
        var engine = new Engine();
        var random = new Random(11);
        var stages = new StageCounts();
        for (int round = 0; round < 1500; round++)
        {
            var chars = HostileModuleTests.Rich.ToCharArray();
            for (int e = 0; e < 3; e++) chars[random.Next(chars.Length)] = "()$\" 0az.\n"[random.Next(10)];
            stages.LoadText(engine, new string(chars));
        }
        output.WriteLine(stages.ToString());
        Assert.True(stages[FrontEndStage.Lexer] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Parser] > 0, stages.ToString());
    }

    [Fact]
    public void TokenEditsOfARichModuleReachTheValidator()
    {
        var engine = new Engine();
        var random = new Random(5);
        var tokens = Token().Matches(HostileModuleTests.Rich).Select(m => m.Value).ToArray();
        var editable = Enumerable.Range(0, tokens.Length).Where(i => tokens[i] is not "(" and not ")").ToArray();
        var numeric = editable.Where(i => char.IsAsciiDigit(tokens[i][0])).ToArray();
        string[] numbers = ["0", "1", "2", "3", "10", "65536", "4294967295"];
        string[] types = ["i32", "i64", "f32", "f64"];
        var stages = new StageCounts();
        for (int round = 0; round < 1500; round++)
        {
            var edited = tokens.ToList();
            int at = editable[random.Next(editable.Length)];
            switch (random.Next(5))
            {
                case 0: // i32.add -> f64.add, (param i32) -> (param i64), ...
                    edited[at] = types.Aggregate(tokens[at], (t, type) => t.Replace(type, types[random.Next(types.Length)]));
                    break;
                case 1: edited[numeric[random.Next(numeric.Length)]] = numbers[random.Next(numbers.Length)]; break;
                case 2: edited.RemoveAt(at); break;
                case 3: edited.Insert(at, tokens[at]); break;
                default: edited[at] = tokens[editable[random.Next(editable.Length)]]; break;
            }
            stages.LoadText(engine, string.Join(' ', edited));
        }
        output.WriteLine(stages.ToString());
        Assert.True(stages[FrontEndStage.Parser] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Validator] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Accepted] > 0, stages.ToString());
    }

    [Fact]
    public void RandomInstructionSequencesReachTheValidator()
    {
        var engine = new Engine();
        var random = new Random(3);
        string[] words =
        [
            "i32.add", "i64.add", "f32.mul", "i32.eqz", "i64.extend_i32_u", "drop", "select", "nop", "return",
            "local.get 0", "local.get 1", "local.set 0", "i32.const 7", "i64.const -1", "f64.const 1.5",
            "block", "loop", "if", "else", "end", "br 0", "br_if 1", "i32.load", "i64.store offset=4", "memory.grow",
            "call 0", "(", ")", "(result i32)", "(param i64)",
        ];
        var stages = new StageCounts();
        for (int round = 0; round < 2000; round++)
        {
            var body = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            stages.LoadText(engine, $"(module (memory 1) (func (param i32 i64) (result i32) {body}))");
        }
        output.WriteLine(stages.ToString());
        Assert.True(stages[FrontEndStage.Parser] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Validator] > 0, stages.ToString());
        Assert.True(stages[FrontEndStage.Accepted] > 0, stages.ToString());
    }

    /// <summary>A string, a parenthesis, or a run of anything else up to white space.</summary>
    [GeneratedRegex("\"[^\"]*\"|[()]|[^\\s()\"]+")]
    private static partial Regex Token();
}
