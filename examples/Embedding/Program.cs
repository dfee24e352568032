// Weld embedding example: load a module, give it host objects, call it. The README shows the same code.
using Weld;

var engine = new Engine();
var module = Module.FromText(engine, """
    (module
      (import "env" "log" (func $log (param i32)))
      (memory (export "memory") 1)
      (func (export "add") (param i32 i32) (result i32)
        (call $log (local.get 0))
        (i32.add (local.get 0) (local.get 1))))
    """);
foreach (var import in module.Imports) Console.WriteLine(import);   // import "env" "log" (func (param i32))

using var store = new Store(engine);
var log = Function.FromDelegate(store, (int x) => Console.WriteLine($"log {x}"));

// Positional, exactly as the spec: one extern per import, in order, types checked.
var instance = Instance.Create(store, module, [log]);
Func<int, int, int> add = instance.GetFunction<int, int, int>("add")!;
Console.WriteLine(add(2, 3));                                        // log 2, then 5

// By name, through a linker.
var linker = new Linker(engine);
linker.Define("env", "log", log);
var second = linker.Instantiate(store, module);
var memory = second.GetMemory("memory")!;
memory.WriteInt32(0, 42);                                            // copies in and out...
int sum = memory.Access(0, 16, bytes => bytes[0] + bytes[1]);        // ...or borrows a span for the callback only
Console.WriteLine(sum);                                              // 42
