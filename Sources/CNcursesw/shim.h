// The wide-character curses API, and accessors for what Swift 6 cannot import directly:
// C globals (shared mutable state to Swift), attribute and mouse macros, and a crash
// handler that must be async-signal-safe and therefore cannot be written in Swift.
#ifndef SHORTLIST_CNCURSESW_SHIM_H
#define SHORTLIST_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *sl_stdscr(void) { return stdscr; }
/// A curses screen on the process's standard input and output.
static inline SCREEN *sl_newterm(const char *term) { return newterm(term, stdout, stdin); }
static inline int sl_colors(void) { return COLORS; }
static inline int sl_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t sl_attr_normal(void) { return A_NORMAL; }
static inline attr_t sl_attr_bold(void) { return A_BOLD; }
static inline attr_t sl_attr_dim(void) { return A_DIM; }
static inline attr_t sl_attr_reverse(void) { return A_REVERSE; }
static inline attr_t sl_attr_underline(void) { return A_UNDERLINE; }

static inline mmask_t sl_mouse_all(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t sl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t sl_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t sl_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t sl_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t sl_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t sl_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t sl_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t sl_button5_pressed(void) { return REPORT_MOUSE_POSITION; }
#endif

/// Sets up the terminal description without letting curses exit the process on a bad TERM.
/// Returns 1 when the terminal is usable, 0 when unknown, -1 when the terminfo database is missing.
static inline int sl_probe_terminal(const char *term, int fd) {
    int status = 0;
    if (setupterm((char *)term, fd, &status) != OK) return status;
    int usable = tigetstr("cup") != (char *)0 && tigetstr("cup") != (char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : 0;
}

static inline void sl_ignore_signal(int signo) { signal(signo, SIG_IGN); }
static inline void sl_default_signal(int signo) { signal(signo, SIG_DFL); }

/// Reads the kernel's idea of the window size (rows, cols); 0 on success.
static inline int sl_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

// ---- Restoring the terminal on a crash ----------------------------------------------------
// Swift traps (fatalError, overflow, force-unwrap) arrive as SIGILL/SIGTRAP, memory errors as
// SIGSEGV/SIGBUS. Only async-signal-safe calls are allowed here: tcsetattr and write.

// Swift does not emit C globals from a header, so the state lives in function-local statics.
typedef struct {
    struct termios termios;
    int termios_valid;
    int chain;
    struct sigaction previous[65];
} sl_crash_state_t;

static inline sl_crash_state_t *sl_crash_state(void) {
    static sl_crash_state_t state;
    return &state;
}

static inline void sl_restore_terminal_raw(void) {
    static const char reset[] = "\033[0m\033[?1000l\033[?1002l\033[?1006l\033[?25h\033[?1049l\r\n";
    sl_crash_state_t *state = sl_crash_state();
    if (state->termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &state->termios);
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
}

static inline void sl_crash_handler(int signo, siginfo_t *info, void *context) {
    sl_restore_terminal_raw();
    sl_crash_state_t *state = sl_crash_state();
    if (!state->chain) {
        // Swift's own backtracer would take over the restored terminal and wait for a key;
        // without SWIFT_BACKTRACE set, die at once with the conventional status instead.
        static const char message[] = "shortlist: crashed; the terminal has been restored. "
                                      "Set SWIFT_BACKTRACE=enable=yes to get a backtrace.\r\n";
        ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
        (void)ignored;
        signal(signo, SIG_DFL);
        raise(signo);
        return;
    }
    struct sigaction *previous = &state->previous[signo];
    sigaction(signo, previous, (struct sigaction *)0);
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction) { previous->sa_sigaction(signo, info, context); return; }
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signo);
        return;
    }
    raise(signo);
}

/// Saves the terminal's current modes and installs the crash handler for fatal signals.
/// With `chain`, the handler hands over to the one it replaced (Swift's backtracer).
static inline void sl_install_crash_restore(int chain) {
    sl_crash_state_t *state = sl_crash_state();
    state->chain = chain;
    if (tcgetattr(STDIN_FILENO, &state->termios) == 0) state->termios_valid = 1;
    int signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = sl_crash_handler;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, &state->previous[signals[i]]);
    }
}

/// Puts back the handlers that were there before `sl_install_crash_restore`.
static inline void sl_remove_crash_restore(void) {
    int signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
    sl_crash_state_t *state = sl_crash_state();
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++)
        sigaction(signals[i], &state->previous[signals[i]], (struct sigaction *)0);
    state->termios_valid = 0;
}

#endif
