package org.skyrack.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworkLinkGraphTest {

    @Test
    void rowsListEachLinkFromBothEnds() {
        LinkGraph g = new LinkGraph(3, 1);
        g.beginUpdate();
        g.link(0, 1, 1e6, 0, 1e9);
        g.link(1, 2, 1e6, 0, 1e9);
        g.link(3, 1, 1e6, 0, 1e9);
        assertThat(g.endUpdate()).isTrue();
        assertThat(g.degree(0)).isEqualTo(1);
        assertThat(g.degree(1)).isEqualTo(3);
        assertThat(g.degree(3)).isEqualTo(1);
        assertThat(g.linkCount()).isEqualTo(3);
        assertThat(g.stationNode(0)).isEqualTo(3);
        assertThat(g.isStation(3)).isTrue();
    }

    @Test
    void refusesBadLinks() {
        LinkGraph g = new LinkGraph(2, 2);
        assertThatThrownBy(() -> g.link(0, 1, 1, 0, 1)).isInstanceOf(IllegalStateException.class);
        g.beginUpdate();
        assertThatThrownBy(() -> g.link(2, 3, 1, 0, 1)).hasMessageContaining("ground stations");
        assertThatThrownBy(() -> g.link(0, 0, 1, 0, 1)).hasMessageContaining("distinct");
        assertThatThrownBy(() -> g.link(0, 1, -1, 0, 1)).hasMessageContaining("rangeM");
        assertThatThrownBy(() -> g.link(0, 1, 1, Double.NaN, 1)).hasMessageContaining("switchingDelayS");
        assertThatThrownBy(() -> g.link(0, 1, 1, 0, 0)).hasMessageContaining("dataRateBps");
    }

    @Test
    void aChangedRangeIsAChange() {
        LinkGraph g = new LinkGraph(2, 0);
        g.beginUpdate();
        g.link(0, 1, 1e6, 0, 1e9);
        g.endUpdate();
        g.beginUpdate();
        g.link(0, 1, 1.000001e6, 0, 1e9);
        assertThat(g.endUpdate()).isTrue();
        assertThat(g.version()).isEqualTo(2);
    }
}
