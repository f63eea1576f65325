package org.divelive.client.js;

import org.teavm.jso.JSObject;

/** A message between the page and its worker, built field by field: {@code Message.of("step").with("loss", 0.3)}. */
public final class Message {
    private final JSObject object;

    private Message(JSObject object) {
        this.object = object;
    }

    public static Message of(String type) {
        return new Message(Messages.of(type));
    }

    public Message with(String key, double value) {
        Messages.put(object, key, value);
        return this;
    }

    public Message with(String key, String value) {
        Messages.put(object, key, value);
        return this;
    }

    /** The plain JavaScript object, to post. */
    public JSObject object() {
        return object;
    }
}
