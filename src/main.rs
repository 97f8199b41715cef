use clap::Parser;
use emigration_desk::cli::{run, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_none() {
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
    run(cli)
}
