package org.divelive.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divelive.math.setting.Given;
import org.divelive.math.setting.Setting;
import org.divelive.math.setting.TrainedModel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's options for the training settings, made from shared-math's {@link Setting}s: each setting's name
 * as a long option ({@code learningRate} → {@code --learning-rate}), its older names too ({@code --lr}), and help that
 * gives its summary, its range and its defaults.
 */
final class SettingOptions {
    private SettingOptions() {
    }

    /** Adds one option per setting to a command, in {@link Setting#ALL}'s order. */
    static void addTo(CommandSpec command) {
        for (Setting setting : Setting.ALL) {
            List<String> names = new ArrayList<>();
            names.add(option(setting.name()));
            setting.olderNames().forEach(older -> names.add(option(older)));
            command.addOption(OptionSpec.builder(names.toArray(String[]::new))
                    .paramLabel(setting.valueLabel())
                    .required(setting == Setting.MODEL)
                    .type(String.class)
                    .description(help(setting))
                    .build());
        }
    }

    /** The settings the user gave, by setting name, as text for shared-math's reader. */
    static Map<String, Given> given(CommandSpec command) {
        Map<String, Given> given = new LinkedHashMap<>();
        for (Setting setting : Setting.ALL) {
            String value = command.findOption(option(setting.name())).getValue();
            if (value != null) {
                given.put(setting.name(), Given.text(value));
            }
        }
        return given;
    }

    /** The option a user typed for a setting (its current or an older name), for error messages. */
    static String typed(CommandSpec command, String settingName) {
        Setting setting = Setting.called(settingName);
        if (setting == null) {
            return settingName;
        }
        OptionSpec option = command.findOption(option(setting.name()));
        for (String arg : command.commandLine().getParseResult().originalArgs()) {
            for (String name : option.names()) {
                if (arg.equals(name) || arg.startsWith(name + "=")) {
                    return name;
                }
            }
        }
        return option.longestName();
    }

    /** {@code learningRate} → {@code --learning-rate}. */
    static String option(String settingName) {
        StringBuilder option = new StringBuilder("--");
        for (char c : settingName.toCharArray()) {
            option.append(Character.isUpperCase(c) ? "-" + Character.toLowerCase(c) : String.valueOf(c));
        }
        return option.toString();
    }

    private static String help(Setting setting) {
        StringBuilder help = new StringBuilder(setting.summary());
        if (setting == Setting.MODEL) {
            return help.append('.').toString();
        }
        help.append(setting.kind() == Setting.Kind.WORD ? "" : "; " + setting.range());
        List<String> defaults = new ArrayList<>();
        String common = null;
        for (TrainedModel model : TrainedModel.values()) {
            String value = setting.defaultText(model);
            if (value != null && !value.isEmpty()) {
                if (common == null) {
                    common = value;
                } else if (!common.equals(value)) {
                    defaults.add(model.word() + " " + value);
                }
            }
        }
        if (common != null) {
            help.append(" (default ").append(common);
            defaults.forEach(other -> help.append("; ").append(other));
            help.append(')');
        }
        return help.append('.').toString();
    }
}
