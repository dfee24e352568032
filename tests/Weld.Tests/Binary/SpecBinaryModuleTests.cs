using System.Text;
using Weld.Binary;
using Weld.Tests.Support;

namespace Weld.Tests.Binary;

/// <summary>
/// Every <c>(module binary ...)</c> in the official spec tests, read in place from the shared directory
/// (never copied): assert_malformed ones must fail with the expected message prefix, all others must decode.
/// Skipped when the spec tests are not on this machine (never under CI).
/// </summary>
public class SpecBinaryModuleTests
{
    private static string? SpecDir() => SpecCorpus.Missing ? null : SpecCorpus.Wasm20();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (SpecDir() is { } dir)
            foreach (var f in Directory.GetFiles(dir, "*.wast").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        else data.Add("(suite missing)");
        return data;
    }

    [SpecCorpusTheory, MemberData(nameof(Files))]
    public void BinaryModulesDecodeAsTheSpecSays(string file)
    {
        var dir = SpecCorpus.Wasm20()!;
        var failures = new List<string>();
        int checkedCount = 0;
        foreach (var (line, bytes, specMessage) in BinaryModules(File.ReadAllText(Path.Combine(dir, file))))
        {
            checkedCount++;
            string? malformed = specMessage;
            try
            {
                // 2.0's reading: the threads proposal gives limits flags 2 and 3 a meaning (proposals/threads checks that).
                BinaryDecoder.Decode(bytes, features: WasmFeatures.None);
                if (malformed is not null) failures.Add($"line {line}: decoded, expected \"{malformed}\"");
            }
            catch (MalformedModuleException e)
            {
                if (malformed is null) failures.Add($"line {line}: unexpected \"{e.Message}\"");
                else if (!e.Message.StartsWith(malformed, StringComparison.Ordinal))
                    failures.Add($"line {line}: got \"{e.Message}\", expected \"{malformed}\"");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} failed:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void TheScannerFindsModules()
    {
        var found = BinaryModules("(module binary \"\\00asm\" \"\\01\\00\\00\\00\") ;; c\n(assert_malformed (module binary \"\") \"unexpected end\")").ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(8, found[0].Bytes.Length);
        Assert.Null(found[0].Malformed);
        Assert.Equal("unexpected end", found[1].Malformed);
    }

    // --- a minimal S-expression reader, enough for (module binary "...") forms ---

    private sealed record Node(int Line, string? Atom, string? Str, byte[]? Bytes, List<Node>? Children);

    private static IEnumerable<(int Line, byte[] Bytes, string? Malformed)> BinaryModules(string text)
    {
        foreach (var form in Parse(text))
        {
            if (form.Children is not { Count: > 0 } c) continue;
            if (IsBinaryModule(form)) yield return (form.Line, ModuleBytes(form), null);
            else if (c[0].Atom is { } head && head.StartsWith("assert_", StringComparison.Ordinal) && c.Count > 1 && IsBinaryModule(c[1]))
                yield return (c[1].Line, ModuleBytes(c[1]), head == "assert_malformed" && c.Count > 2 ? c[2].Str : null);
        }
    }

    private static bool IsBinaryModule(Node n) =>
        n.Children is { Count: > 1 } c && c[0].Atom == "module" && c.Skip(1).Take(2).Any(x => x.Atom == "binary");

    private static byte[] ModuleBytes(Node n) => [.. n.Children!.Where(x => x.Bytes is not null).SelectMany(x => x.Bytes!)];

    private static List<Node> Parse(string s)
    {
        var stack = new Stack<List<Node>>();
        var lines = new Stack<int>();
        var top = new List<Node>();
        var current = top;
        int i = 0, line = 1;
        while (i < s.Length)
        {
            char ch = s[i];
            if (ch == '\n') { line++; i++; }
            else if (char.IsWhiteSpace(ch)) i++;
            else if (ch == ';' && i + 1 < s.Length && s[i + 1] == ';') { while (i < s.Length && s[i] != '\n') i++; }
            else if (ch == '(' && i + 1 < s.Length && s[i + 1] == ';')
            {
                int depth = 0;
                do
                {
                    if (s[i] == '\n') line++;
                    if (s[i] == '(' && i + 1 < s.Length && s[i + 1] == ';') { depth++; i += 2; }
                    else if (s[i] == ';' && i + 1 < s.Length && s[i + 1] == ')') { depth--; i += 2; }
                    else i++;
                } while (depth > 0 && i < s.Length);
            }
            else if (ch == '(') { stack.Push(current); lines.Push(line); current = []; i++; }
            else if (ch == ')')
            {
                var done = current;
                current = stack.Pop();
                current.Add(new Node(lines.Pop(), null, null, null, done));
                i++;
            }
            else if (ch == '"')
            {
                var bytes = new List<byte>();
                i++;
                while (s[i] != '"')
                {
                    if (s[i] == '\\')
                    {
                        char e = s[i + 1];
                        if (Uri.IsHexDigit(e) && Uri.IsHexDigit(s[i + 2])) { bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16)); i += 3; }
                        else if (e == 'u')
                        {
                            int close = s.IndexOf('}', i);
                            int cp = Convert.ToInt32(s.Substring(i + 3, close - i - 3), 16);
                            bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp)));
                            i = close + 1;
                        }
                        else
                        {
                            bytes.Add(e switch { 'n' => (byte)'\n', 't' => (byte)'\t', 'r' => (byte)'\r', _ => (byte)e });
                            i += 2;
                        }
                    }
                    else
                    {
                        int start = i;
                        while (s[i] != '"' && s[i] != '\\') { if (s[i] == '\n') line++; i++; }
                        bytes.AddRange(Encoding.UTF8.GetBytes(s[start..i]));
                    }
                }
                i++;
                var arr = bytes.ToArray();
                current.Add(new Node(line, null, Encoding.UTF8.GetString(arr), arr, null));
            }
            else
            {
                int start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '(' && s[i] != ')' && s[i] != '"') i++;
                current.Add(new Node(line, s[start..i], null, null, null));
            }
        }
        return top;
    }
}
