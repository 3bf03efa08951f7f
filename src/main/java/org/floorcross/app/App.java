package org.floorcross.app;

import org.floorcross.cli.Services;
import org.floorcross.register.Register;

/** The composition root: builds each capability once, on first use, with plain constructors. */
final class App implements Services {

    private Register register;

    @Override
    public synchronized Register register() {
        if (register == null) {
            register = Register.bundled();
        }
        return register;
    }
}
