package org.skyrack.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources as files, so that relative paths inside them (TLE files) resolve next to them. */
final class TestResources {

    private TestResources() {
    }

    /** The file of a class-path resource such as {@code /scenarios/minimal.yaml}. */
    static Path resource(String name) {
        URL url = TestResources.class.getResource(name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
