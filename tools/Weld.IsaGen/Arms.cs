namespace Weld.IsaGen;

/// <summary>Switch arms that map many opcodes to one value, wrapped to a readable width.</summary>
internal static class Arms
{
    public static void Grouped(CodeWriter w, IEnumerable<(Instruction I, string Value)> arms)
    {
        foreach (var g in arms.GroupBy(a => a.Value))
        {
            var names = g.Select(a => $"Opcode.{a.I.Name}").ToList();
            var line = "";
            for (int k = 0; k < names.Count; k++)
            {
                string piece = (k == 0 ? "" : " or ") + names[k];
                if (line.Length + piece.Length > 110)
                {
                    w.Line(line);
                    line = "   " + piece;
                }
                else line += piece;
            }
            w.Line($"{line} => {g.Key},");
        }
    }
}
