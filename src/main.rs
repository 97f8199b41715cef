use clap::Parser;
use emigration_desk::cli::{run, Cli};
use emigration_desk::desk::workstation;
use emigration_desk::log;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Everything created from here on is the user's alone.
    emigration_desk::private::restrict_umask();
    log::install_panic_hook();
    let cli = Cli::parse();
    let data_dir = workstation::data_dir(cli.data_dir.as_deref()).ok();
    if cli.command.is_none() {
        // Kept until the window closes: it writes out the buffered log lines.
        let _guard = data_dir.as_deref().and_then(log::init_window);
        // The window starts in the language asked for, else the system's;
        // the one last chosen on this workstation replaces it once the
        // store is open.
        let lang = cli
            .ui_lang
            .as_deref()
            .and_then(emigration_desk::i18n::UiLang::parse)
            .unwrap_or_else(emigration_desk::i18n::UiLang::from_env);
        emigration_desk::i18n::set_language(lang);
        return match emigration_desk::ui::run(cli.data_dir, cli.ui_lang.is_some()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(3)
            }
        };
    }
    emigration_desk::private::quiet_broken_pipe();
    log::init_cli(data_dir.as_deref());
    run(cli)
}
