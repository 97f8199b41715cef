use clap::Parser;
use emigration_desk::cli::{run, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_none() {
        if let Some(lang) = cli
            .ui_lang
            .as_deref()
            .and_then(emigration_desk::i18n::UiLang::parse)
        {
            emigration_desk::i18n::set_language(lang);
        }
        return match emigration_desk::ui::run(cli.data_dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(3)
            }
        };
    }
    run(cli)
}
