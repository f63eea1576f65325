package org.divelive.client.widget;

import org.divelive.client.js.Numbers;

/**
 * Every status sentence a widget shows, and every label with figures in it, whole, in both languages:
 * {@code {0}}, {@code {1}}, … mark where the figures go, so each language orders them as its grammar wants (the step
 * comes first in Chinese, last in English). A double argument is written with four significant digits, an integer as
 * is, text as given.
 */
public enum Sentence {
    // shared by the training widgets
    FIX_SETTING_TO_TRAIN("Fix the highlighted setting to train.", "请先修正标出的设置。"),
    /** {0} counts the steps taken, as the Step readout and the loss chart do. */
    DIVERGED("After step {0} the loss became {1}: training stopped. Lower the learning rate and press Reset.",
            "第 {0} 步之后损失变成了 {1}，训练已停止。请调低学习率后按“重置”。"),
    DATA_UNAVAILABLE("The data set is not available: {0}", "数据集不可用：{0}"),

    // a rejected setting, one sentence per shared-math Rule: {0} the field's label, then the bounds the sentence
    // names (the lower and the upper one, or the upper one alone)
    REJECT_NOT_A_NUMBER("{0}: type a number, such as 0.1 (a decimal comma, 0,1, works too).",
            "{0}：请输入一个数，例如 0.1（也可以写成 0,1）。"),
    REJECT_COMMAS("{0}: commas either group thousands in threes (1,500) or are one decimal comma (0,5); write the"
            + " number like 0.5 or 1500.", "{0}：逗号要么每三位分隔千位（1,500），要么是唯一的小数逗号（0,5）；请写成 0.5 或 1500 这样的形式。"),
    REJECT_ABOVE("{0} must be a number greater than {1}.", "{0}必须是大于 {1} 的数。"),
    REJECT_AT_LEAST("{0} must be a number of at least {1}.", "{0}必须是不小于 {1} 的数。"),
    REJECT_BETWEEN("{0} must be a number from {1} to {2}.", "{0}必须是 {1} 到 {2} 之间的数。"),
    REJECT_WHOLE_BETWEEN("{0} must be a whole number from {1} to {2}.", "{0}必须是 {1} 到 {2} 之间的整数。"),
    REJECT_WHOLE("{0} must be a whole number, such as 42.", "{0}必须是整数，例如 42。"),
    REJECT_AT_MOST("{0} can be at most {1} here.", "{0}在这里最多为 {1}。"),
    REJECT_AT_MOST_UNITS("{0}: each layer can have at most {1} units here.", "{0}：这里每层最多 {1} 个单元。"),
    REJECT_AT_MOST_EXAMPLES("{0} must be a whole number from {1} to {2}, the number of training examples.",
            "{0}必须是 {1} 到 {2} 之间的整数（{2} 是训练样本的数量）。"),
    REJECT_LAYER_SIZES("{0}: list {1} to {2} layer sizes, whole numbers separated by commas, such as 256 or 256,128.",
            "{0}：请列出 {1} 到 {2} 个层的大小，用逗号分隔的整数，例如 256 或 256,128。"),
    REJECT_LAYER_COUNT("{0} can list at most {1} layers.", "{0}最多只能列出 {1} 层。"),
    REJECT_CHOICE("Choose {0} from the list.", "请从列表中选择{0}。"),
    // shown beside a distribution's first weight, so it speaks of the group, not of that one field
    REJECT_SOME_ABOVE_ZERO("Give at least one of these outcomes a weight above 0.", "这些结果中至少要有一个的权重大于 0。"),

    // the training settings' labels, one per shared-math Setting (TrainingFields finds them by the setting's name)
    SETTING_HIDDEN("Hidden layers", "隐藏层"),
    SETTING_ACTIVATION("Activation", "激活函数"),
    SETTING_LEARNING_RATE("Learning rate η", "学习率 η"),
    SETTING_BATCH_SIZE("Batch size", "批量大小"),
    SETTING_EPOCHS("Epochs", "轮数"),
    SETTING_WEIGHT_DECAY("Weight decay λ", "权重衰减 λ"),
    SETTING_SEED("Seed", "随机种子"),
    SETTING_TRAIN_SUBSET("Training images", "训练图像数"),
    SETTING_INIT("Initial weights", "初始权重"),
    // the choices of a word setting as its select shows them (CHOICE_ + setting + value, in capitals); the value
    // itself stays what URLs, requests and assignments use
    CHOICE_ACTIVATION_RELU("ReLU", "ReLU"),
    CHOICE_ACTIVATION_SIGMOID("sigmoid", "sigmoid"),
    CHOICE_ACTIVATION_TANH("tanh", "tanh"),
    CHOICE_INIT_NORMAL("normal N(0, 0.01²)", "正态 N(0, 0.01²)"),
    CHOICE_INIT_XAVIER("Xavier uniform", "Xavier 均匀"),

    // sgd-linreg
    LINREG_READY("Ready: press Step for one minibatch, Epoch for a pass over the data, or Play.",
            "准备就绪：按“单步”训练一个小批量，按“一轮”遍历一次数据，或按“开始”。"),
    LINREG_TRAINING_ON("Training on {0} examples, {1} minibatches per epoch.", "在 {0} 个样本上训练，每轮 {1} 个小批量。"),
    LINREG_PAUSED("Paused after step {0}.", "已暂停，在第 {0} 步。"),
    LINREG_EPOCH_DONE("Epoch {0} done: mean loss {1}.", "第 {0} 轮结束：平均损失 {1}。"),
    LINREG_FINISHED("Finished {0} epochs ({1} steps). Press Reset to train again.", "完成 {0} 轮（{1} 步）。按“重置”可以重新训练。"),
    /** {0} the gradient's w part as a vector, {1} its b part. */
    LINREG_GRADIENT("∂loss/∂w = {0}, ∂loss/∂b = {1}", "∂损失/∂w = {0}，∂损失/∂b = {1}"),
    LINREG_SCRATCH_MODEL("Model: LinearRegressionScratch, the gradients written out by hand.",
            "模型：LinearRegressionScratch，梯度按公式手写。"),
    LINREG_CONCISE_MODEL("Model: the concise form, Regressor(Linear(2 → 1)) with the squared loss from the library's"
            + " layers.", "模型：简洁实现，用库中的层搭成的 Regressor(Linear(2 → 1))，配平方损失。"),
    LINREG_SURFACE_CAPTION("Loss over (w₁, w₂) on all the data, with b held at its current value b = {0} (16 colour"
            + " bands of log loss from the lowest, dark, to the highest). Red: the SGD path and the current w; ×: the"
            + " true w.", "全部数据上关于 (w₁, w₂) 的损失，b 固定为当前值 b = {0}（对数损失的 16 个色带，由最低（深色）到最高）。"
            + "红色：SGD 路径和当前的 w；×：真实的 w。"),

    // softmax-train, mlp-train
    CLASSIFIER_LOADING("Loading Fashion-MNIST from the server…", "正在从服务器加载 Fashion-MNIST……"),
    CLASSIFIER_READY("Ready: press Play.", "准备就绪：请按“开始”。"),
    CLASSIFIER_TRAINING("Training in the page ({0})…", "正在页面中训练（{0}）……"),
    CLASSIFIER_PAUSED("Paused.", "已暂停。"),
    CLASSIFIER_FINISHED("Finished after epoch {0}. Press Reset to train again.", "训练完成（共 {0} 轮）。按“重置”可以重新训练。"),
    CLASSIFIER_LOADING_MORE("Loading {0} training images…", "正在加载 {0} 张训练图像……"),
    /** The run a changed setting or Reset replaced, kept beside the new one for comparison. */
    CLASSIFIER_PREVIOUS_RUN("Previous run ({0}): test accuracy {1} after {2} epochs.",
            "上一次训练（{0}）：{2} 轮后测试准确率 {1}。"),
    CLASSIFIER_PREVIOUS_UNFINISHED("Previous run ({0}): stopped before its first epoch ended.",
            "上一次训练（{0}）：在第一轮结束前停止。"),
    CLASSIFIER_SETTINGS_CHANGED("Settings changed: a new run starts from scratch; the previous one is summarised below"
            + " the chart.", "设置已更改：新的训练从头开始；上一次训练的结果写在图表下方。"),
    /** The test-accuracy readout's label: on how many test images the page measures it. */
    CLASSIFIER_TEST_ACCURACY_ON("Test accuracy ({0} images)", "测试准确率（{0} 张图像）"),
    CLASSIFIER_SERVER_MODEL("Server run #{0}'s model: test accuracy {1} on the page's {2} test images.",
            "服务器运行 #{0} 的模型：在页面的 {2} 张测试图像上测试准确率 {1}。"),
    CLASSIFIER_FAILED("Training failed: {0}", "训练出错：{0}"),
    CLASSIFIER_TRUE_CLASS("true: {0}", "真实：{0}"),
    SERVER_WEIGHTS_LOADED("The server's weights are in the page model: the pictures show its predictions.",
            "服务器训练的权重已载入页面模型：下面的图展示的是它的预测。"),
    SERVER_SENDING("Sending the setup to the server…", "正在把设置发送到服务器……"),
    SERVER_QUEUED("Run #{0} is queued on the server.", "服务器运行 #{0} 已排队。"),
    SERVER_CANCELLING("Cancelling server run #{0}…", "正在取消服务器运行 #{0}……"),
    SERVER_POLLING("Run #{0}: the server keeps no more live updates for this browser, so the page asks every few"
            + " seconds.", "运行 #{0}：服务器不再为这个浏览器提供实时更新，页面改为每隔几秒查询一次。"),
    SERVER_POLLED("Run #{0}: {1}, {2} epochs done.", "服务器运行 #{0}：{1}，已完成 {2} 轮。"),
    SERVER_PROGRESS("Run #{0}: epoch {1}, step {2} / {3}.", "服务器运行 #{0}：第 {1} 轮，第 {2} / {3} 步。"),
    SERVER_ENDED("Server run #{0}: {1}", "服务器运行 #{0}: {1}"),
    SERVER_ENDED_SAYING("Server run #{0}: {1} — {2}", "服务器运行 #{0}: {1} — {2}"),
    SERVER_IMAGES_ALL("On the server: all {0} training images.", "服务器上：全部 {0} 张训练图像。"),
    SERVER_IMAGES_CHOSEN("On the server: the {0} training images you chose.", "服务器上：你选的 {0} 张训练图像。"),
    SERVER_REFUSED("The server did not take the run: {0}", "服务器没有接受这次训练：{0}"),
    SERVER_WEIGHTS_UNAVAILABLE("The weights could not be fetched: {0}", "无法获取权重：{0}"),

    // fashion-gallery
    GALLERY_LOADING("Loading Fashion-MNIST test images from the server…", "正在从服务器加载 Fashion-MNIST 测试图像……"),
    GALLERY_SHOWN("{0} test images", "共 {0} 张测试图像"),
    GALLERY_IMAGE("test image {0}: {1}", "测试图像 {0}：{1}"),

    // poly-fit
    POLY_READY("Ready: a degree-{0} polynomial on {1} training examples. Press Play.",
            "就绪：用 {0} 次多项式拟合 {1} 个训练样本。请按“开始”。"),
    POLY_TRAINING("Training…", "训练中……"),
    POLY_PAUSED("Paused at epoch {0}.", "暂停于第 {0} 轮。"),
    POLY_FINISHED("Finished {0} epochs. Change a setting or press Reset.", "完成 {0} 轮。可修改设置或按“重置”。"),

    // weight-decay
    DECAY_CHOOSE("Choose λ and press Run; each run is drawn over the earlier ones.",
            "请选择 λ 并按“运行”；每次运行都叠加在之前的运行上。"),
    DECAY_CLEARED("Cleared. Choose λ and press Run.", "已清除。请选择 λ 并按“运行”。"),
    DECAY_FIX_SETTING("Fix the highlighted setting to run.", "请修改标出的设置后再运行。"),
    DECAY_TRAINING("Training with λ = {0}…", "训练中，λ = {0}……"),
    DECAY_DONE("Done: λ = {0}. Try another λ and press Run.", "完成：λ = {0}。可换一个 λ 再按“运行”。"),
    /** Not {@link #DIVERGED}: here the learning rate is fixed, and it is the product ηλ that overshoots. */
    DECAY_DIVERGED("With λ = {0} the loss became {2} at step {1}: ηλ is too large, every step overshoots. Choose a"
            + " smaller λ.", "λ = {0} 时损失在第 {1} 步变为 {2}：ηλ 太大，每一步都冲过头。请选择更小的 λ。"),
    DECAY_TRAIN_SERIES("λ = {0} train", "λ = {0} 训练"),
    DECAY_TEST_SERIES("λ = {0} test", "λ = {0} 测试"),

    // autograd-graph
    AUTOGRAD_FIX_INPUT("Fix the highlighted input to build the graph.", "请修改标出的输入后再构建计算图。"),
    AUTOGRAD_FORWARD_DONE("Forward pass done: every value is known. The output's gradient is ∂ℓ/∂ℓ = 1. Press Step"
            + " backward.", "前向传播完成：所有值都已知。输出的梯度 ∂ℓ/∂ℓ = 1。请按“反向传播一步”。"),
    AUTOGRAD_COMPLETE("The backward pass is complete. Reset to start again.", "反向传播已完成。按“重置”重新开始。"),
    AUTOGRAD_INPUT_FINAL("Input {0} has no inputs of its own: its gradient {1} is final.",
            "输入 {0} 没有自己的输入：它的梯度 {1} 已是最终值。"),
    AUTOGRAD_NODE_PASSED("Node {0} passed its gradient {1} to its inputs, each times its local gradient (chain rule).",
            "节点 {0} 把它的梯度 {1} 乘以各自的局部梯度传给它的输入（链式法则）。"),
    AUTOGRAD_VALUE("value {0}", "值 {0}"),
    AUTOGRAD_GRAD("grad {0}", "梯度 {0}"),

    // activation-plot
    ACTIVATION_AT_X("At x = {0}", "在 x = {0} 处"),
    ACTIVATION_CHART_TITLE("{0} and its derivative", "{0} 及其导数"),
    ACTIVATION_CHART_LABEL("{0} and its derivative from x = −6 to 6", "{0} 及其导数，x 从 −6 到 6"),

    // softmax-explorer
    SOFTMAX_CLASS("class {0}", "类别 {0}"),
    SOFTMAX_NAIVE_BROKE("The naive softmax broke down (NaN or ∞ above); the stable one still gives finite probabilities"
            + " that sum to 1.", "朴素 softmax 失效了（上表出现 NaN 或 ∞）；稳定 softmax 仍然给出有限的概率，且总和为 1。"),
    SOFTMAX_BOTH_AGREE("Both agree: these scaled logits are small enough for the naive formula. Try logits of ±1000.",
            "两者一致：这些缩放后的得分足够小，朴素公式也能算对。试试 ±1000 的得分。"),

    // playground-2d
    PLAYGROUND_READY("{0} training points, {1} test points. Press Play to train, Epoch for one pass.",
            "{0} 个训练点，{1} 个测试点。按“开始”训练，按“一轮”训练一遍。"),
    PLAYGROUND_READY_PERCEPTRON("Perceptron: no hidden layer, so its boundary is a straight line ({0} training points,"
            + " {1} test points). Press Play.", "感知机：没有隐藏层，所以它的决策边界是一条直线（{0} 个训练点，{1} 个测试点）。按“开始”。"),
    PLAYGROUND_TRAINING("Training in the page…", "正在页面中训练……"),
    PLAYGROUND_PAUSED("Paused after epoch {0}.", "已暂停，在第 {0} 轮之后。"),
    PLAYGROUND_FINISHED("Finished {0} epochs. Press Reset to train again.", "完成 {0} 轮。按“重置”可以重新训练。"),
    PLAYGROUND_BOUNDARY_CAPTION("The model's p(class 1) over the plane: orange where it says class 0, blue where it"
            + " says class 1, white on the boundary p = ½. Filled dots: the {0} training points; rings: the {1} test"
            + " points.", "模型在平面上给出的 p(类别 1)：橙色处判为类别 0，蓝色处判为类别 1，白色是边界 p = ½。"
            + "实心点：{0} 个训练点；空心圈：{1} 个测试点。"),
    PLAYGROUND_UNITS_CAPTION("What each of the {0} units of the first hidden layer computes at each point of the"
            + " plane, on its own scale: blue positive, orange negative. The output layer combines these pictures.",
            "第一个隐藏层的 {0} 个单元在平面上每一点算出的值，各用自己的刻度：蓝色为正，橙色为负。输出层把这些图组合起来。"),
    PLAYGROUND_NO_UNITS("The perceptron has no hidden unit: its two logits are linear in (x₁, x₂).",
            "感知机没有隐藏单元：它的两个得分都是 (x₁, x₂) 的线性函数。"),
    PLAYGROUND_UNIT("hidden unit {0}", "隐藏单元 {0}"),

    // entropy-kl
    ENTROPY_WEIGHT("{0}({1}): weight", "{0}({1})：权重"),
    ENTROPY_BITS_AND_NATS("{0} bits = {1} nats", "{0} 比特 = {1} 纳特"),
    ENTROPY_EXTRA("Believing Q while the outcomes follow P costs KL(P‖Q) = {0} extra bits per outcome on average.",
            "结果服从 P 而我们相信 Q 时，平均每个结果要多付 KL(P‖Q) = {0} 比特。"),
    ENTROPY_SAME("Q equals P: nothing extra to pay, KL(P‖Q) = 0 and H(P, Q) = H(P).",
            "Q 等于 P：不用多付，KL(P‖Q) = 0，H(P, Q) = H(P)。"),
    ENTROPY_IMPOSSIBLE("Q gives probability 0 to an outcome that happens under P: its surprisal is ∞, and so are"
            + " H(P, Q) and KL(P‖Q).", "Q 给一个在 P 下会发生的结果分配了概率 0：它的惊异是 ∞，H(P, Q) 和 KL(P‖Q) 也是 ∞。");

    private final String english;
    private final String chinese;

    Sentence(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The sentence in {@code language} with its placeholders. */
    String template(Language language) {
        return language.pick(english, chinese);
    }

    /** The sentence in {@code language} with {@code {i}} replaced by argument i. */
    public String format(Language language, Object... args) {
        String template = template(language);
        StringBuilder out = new StringBuilder(template.length() + 16);
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            int close = c == '{' ? template.indexOf('}', at) : -1;
            if (close > at + 1 && isIndex(template, at + 1, close)) {
                out.append(text(args[Integer.parseInt(template.substring(at + 1, close))]));
                at = close + 1;
            } else {
                out.append(c);
                at++;
            }
        }
        return out.toString();
    }

    /** The sentence in the page's language. */
    public String format(Object... args) {
        return format(Language.page(), args);
    }

    private static boolean isIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String text(Object arg) {
        if (arg instanceof Double || arg instanceof Float) {
            return Numbers.format(((Number) arg).doubleValue(), 4);
        }
        return String.valueOf(arg);
    }
}
