# The entry point wasi-threads calls on every new thread: wasi_thread_start(tid, start_arg).
# start_arg points at a struct thread (see threads.h): its first word is the top of the thread's stack, its second
# the thread's TLS block. Both must be set before any C code runs, and C cannot set the stack pointer itself.

	.globaltype	__stack_pointer, i32
	.functype	__wasm_init_tls (i32) -> ()
	.functype	thread_main (i32, i32) -> ()

	.globl	wasi_thread_start
	.export_name	wasi_thread_start, wasi_thread_start
	.type	wasi_thread_start,@function
wasi_thread_start:
	.functype	wasi_thread_start (i32, i32) -> ()
	local.get	1
	i32.load	0
	global.set	__stack_pointer
	local.get	1
	i32.load	4
	call	__wasm_init_tls
	local.get	0
	local.get	1
	call	thread_main
	end_function
