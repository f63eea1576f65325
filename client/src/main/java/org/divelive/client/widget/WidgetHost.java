package org.divelive.client.widget;

import java.util.List;
import java.util.function.Supplier;

import org.divelive.math.setting.InvalidHyperparameterException;
import org.divelive.math.setup.InvalidSetupException;
import org.divelive.math.train.TrainEvent;
import org.divelive.math.train.TrainListener;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What every widget stands on. Mounting lays the widget's template around its settings form inside the lesson's
 * {@code <div data-widget>}; afterwards the widget finds its controls by {@code data-role}, writes figures into
 * {@code data-out} slots, says {@link Sentence}s in the status line, and reads its settings through
 * {@link #tryOrShowError}, which puts a bad value's message beside its field.
 */
public final class WidgetHost {
    /** A widget's markup around its settings form (the form's markup comes in as {@code settings}). */
    @FunctionalInterface
    public interface Template {
        String html(String settings);
    }

    private final HTMLElement root;
    private final Language language;
    private final Settings settings;
    private final Form form;
    private final FocusKeeper focus;
    /** The pending write of a typed value into the address, replaced by each keystroke. */
    private int pendingHashWrite;
    private int examples;

    /** @param fields the widget's settings, its one declaration of them */
    public WidgetHost(HTMLElement root, List<Settings.Field> fields, Template template) {
        this.root = root;
        this.language = Language.page();
        this.settings = new Settings(root, fields);
        root.setInnerHTML(template.html(settings.html()));
        root.getClassList().add("widget");
        this.form = new Form(root);
        this.focus = new FocusKeeper(root);
        // every edit reaches the address, not only a committed one; typing is written once it pauses (a slider
        // sends many inputs a second, and browsers refuse too many address changes)
        element("settings").addEventListener("input", event -> {
            Window.clearTimeout(pendingHashWrite);
            pendingHashWrite = Window.setTimeout(this::writeHash, HASH_WRITE_DELAY_MS);
        });
        element("settings").addEventListener("change", event -> writeHash());
    }

    /** How long typing pauses before the address follows it. */
    static final int HASH_WRITE_DELAY_MS = 300;

    public HTMLElement root() {
        return root;
    }

    public Language language() {
        return language;
    }

    public Form form() {
        return form;
    }

    /** A setting's value as a number; NaN when it is empty or not a number, for the validator to name. */
    public double number(String field) {
        return form.number(field);
    }

    /** A setting's value as typed or chosen. */
    public String value(String field) {
        return form.input(field).getValue();
    }

    /** The element the template marked {@code data-role="ROLE"}; a missing one is a template bug, named. */
    public HTMLElement element(String role) {
        HTMLElement element = root.querySelector("[data-role=\"" + role + "\"]");
        if (element == null) {
            throw new IllegalStateException("the widget's template has no " + role);
        }
        return element;
    }

    /** Runs {@code action} on every click of the element with this role. */
    public void on(String role, Runnable action) {
        element(role).addEventListener("click", event -> action.run());
    }

    /** Runs {@code action} when the reader has changed a setting (a text box left, a choice made, a thumb let go). */
    public void onSettingsChange(Runnable action) {
        element("settings").addEventListener("change", event -> action.run());
    }

    /** Runs {@code action} while the reader moves a slider or types, before the change is final. */
    public void onSettingsInput(Runnable action) {
        element("settings").addEventListener("input", event -> action.run());
    }

    /** Writes {@code text} into the {@code data-out="NAME"} slot. */
    public void out(String name, String text) {
        HTMLElement slot = root.querySelector("[data-out=\"" + name + "\"]");
        if (slot == null) {
            throw new IllegalStateException("the widget's template has no output " + name);
        }
        slot.setTextContent(text);
    }

    /** Writes {@code text} into each of the named slots: a reset's dashes. */
    public void clear(String text, String... names) {
        for (String name : names) {
            out(name, text);
        }
    }

    /** The widget's status line ({@code data-out="status"}). */
    public void status(String text) {
        out("status", text);
    }

    /** A catalogue sentence, in the page's language, in the status line. */
    public void say(Sentence sentence, Object... args) {
        status(sentence.format(language, args));
    }

    /** Sets a button's (or any element's) text. */
    public void label(String role, String text) {
        element(role).setTextContent(text);
    }

    /** Enables or disables a control; one holding the keyboard's focus hands it on ({@link FocusKeeper}). */
    public void enable(String role, boolean enabled) {
        toggle(role, "disabled", !enabled);
    }

    /** Shows or hides an element; one holding the keyboard's focus hands it on ({@link FocusKeeper}). */
    public void show(String role, boolean shown) {
        toggle(role, "hidden", !shown);
    }

    private void toggle(String role, String attribute, boolean on) {
        HTMLElement element = element(role);
        if (on) {
            focus.leaving(element);
            element.setAttribute(attribute, "");
        } else {
            element.removeAttribute(attribute);
            focus.back(element);
        }
    }

    /** The value a field opens with when the address names none (the lesson's attribute, else the default). */
    public String openingValue(String field) {
        return settings.openingValue(field);
    }

    /**
     * Mirrors the form in the page's address, so a link reproduces this setup. The host does it on every edit; a
     * widget calls it only when it changes a field itself.
     */
    public void writeHash() {
        Window.clearTimeout(pendingHashWrite);
        settings.writeHash(form);
    }

    /** The training examples a minibatch is drawn from: a rejected batch size is then said against them. */
    public void trainingExamples(int examples) {
        this.examples = examples;
    }

    /**
     * Reads the settings with {@code read}, which validates them (shared-math's own rules). A rejected value is said
     * as a learner's sentence ({@link Rejections}) beside its field (or under the form when no field is named) and
     * {@code whenInvalid}, if not null, in the status line; the answer is then null, so nothing starts with a bad
     * setup.
     */
    public <T> T tryOrShowError(Supplier<T> read, Sentence whenInvalid) {
        form.clearErrors();
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            InvalidHyperparameterException rejection = e instanceof InvalidSetupException setup ? setup.first()
                    : e instanceof InvalidHyperparameterException invalid ? invalid : null;
            String field = rejection != null && form.has(rejection.field()) ? rejection.field() : null;
            form.showError(field, field == null ? e.getMessage()
                    : Rejections.sentence(rejection, form.label(field), value(field), examples));
            if (whenInvalid != null) {
                say(whenInvalid);
            }
            return null;
        }
    }

    /**
     * A trainer's listener that hands each event to the widget's reaction. A divergence is first said with the
     * catalogue's {@link Sentence#DIVERGED}, counting the steps taken as the readouts and the loss chart do (the
     * event's step is the one whose loss exploded, whose update never happened); a widget with better advice says its
     * own in its reaction.
     */
    public TrainListener follow(TrainingReactions widget) {
        return event -> {
            if (event instanceof TrainEvent.StepDone step) {
                widget.stepDone(step);
            } else if (event instanceof TrainEvent.EpochDone epoch) {
                widget.epochDone(epoch);
            } else if (event instanceof TrainEvent.Started started) {
                widget.started(started);
            } else if (event instanceof TrainEvent.Finished finished) {
                widget.finished(finished);
            } else if (event instanceof TrainEvent.Diverged diverged) {
                say(Sentence.DIVERGED, diverged.step() - 1, diverged.loss());
                widget.diverged(diverged);
            }
        };
    }
}
