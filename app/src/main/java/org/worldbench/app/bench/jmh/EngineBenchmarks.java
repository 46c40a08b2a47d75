package org.worldbench.app.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.district.DistrictRequest;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.task.Monitor;
import org.worldbench.engine.template.TemplateLibrary;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Topology;
import org.worldbench.engine.world.WorldDefinition;
import org.worldbench.engine.world.codec.ChunkCodec;

/**
 * JMH benchmarks for developers, the closer look behind {@code bench}:
 * {@code java -cp app/target/worldbench.jar org.openjdk.jmh.Main -f 1 -wi 3 -i 5}.
 * Run from the repository folder (the templates are read from {@code templates/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmarks {

    private SeededRandom mulberry;
    private SplittableRandom splittable;
    private DistrictGenerator districts;
    private GenerationPipeline pipeline;
    private ChunkGenerator plane;
    private Chunk city;
    private long seed;

    @Setup
    public void setUp() throws Exception {
        Path templates = Path.of("templates");
        if (!Files.isDirectory(templates.resolve("rooms"))) {
            throw new IllegalStateException("run the benchmarks from the WorldBench folder (templates/ not found)");
        }
        mulberry = new SeededRandom(42);
        splittable = new SplittableRandom(42);
        TemplateLibrary rooms = TemplateLibrary.load(templates.resolve("rooms"));
        districts = new DistrictGenerator(rooms);
        pipeline = new GenerationPipeline(rooms, CaseLibrary.load(templates));
        plane = new ChunkGenerator(WorldDefinition.of(Topology.PLANE));
        city = plane.generate(1, new ChunkId.Plane(3, 3), 0);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int mulberry32NextInt() {
        return mulberry.nextInt();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int splittableRandomNextInt() {
        return splittable.nextInt();
    }

    @Benchmark
    public Object districtLayout() throws Exception {
        return districts.layout(DistrictRequest.of(seed++));
    }

    @Benchmark
    public Object fullPipeline() throws Exception {
        return pipeline.run(Project.create("jmh", ProjectSeed.of(seed++)), Monitor.NONE);
    }

    @Benchmark
    public Object cityChunkLod0() {
        return plane.generate(1, new ChunkId.Plane(seed++ % 64, 5), 0);
    }

    @Benchmark
    public Object chnkEncodeDecode() throws Exception {
        return ChunkCodec.decode(ChunkCodec.encode(city, 1), "jmh");
    }
}
