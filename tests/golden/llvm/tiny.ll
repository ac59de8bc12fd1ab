; ModuleID = 'tiny'
source_filename = "tiny"

@eic_grad_units = constant i64 257
@eic_gain_floats = constant i64 65792
@eic_model_fingerprint = constant i64 2900930853132237376

define void @eic_gains(ptr %params, ptr %gains) {
entry:
  %0 = getelementptr float, ptr %params, i64 65536
  %1 = getelementptr float, ptr %gains, i64 0
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %body ]
  %2 = icmp slt i64 %i, 256
  br i1 %2, label %body, label %done

body:                                             ; preds = %loop
  %3 = getelementptr float, ptr %1, i64 %i
  store <8 x float> zeroinitializer, ptr %3, align 4
  %4 = add i64 %i, 8
  br label %loop

done:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %done7, %done
  %i4 = phi i64 [ 0, %done ], [ %15, %done7 ]
  %5 = icmp slt i64 %i4, 1
  br i1 %5, label %body2, label %done3

body2:                                            ; preds = %loop1
  br label %loop5

done3:                                            ; preds = %loop1
  %6 = getelementptr float, ptr %params, i64 0
  %7 = getelementptr float, ptr %gains, i64 256
  br label %loop13

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %23, %done11 ]
  %8 = icmp slt i64 %i8, 256
  br i1 %8, label %body6, label %done7

body6:                                            ; preds = %loop5
  %9 = mul i64 %i4, 256
  %10 = add i64 %9, %i8
  %11 = mul i64 %10, 256
  %12 = getelementptr float, ptr %0, i64 %11
  %13 = mul i64 %i4, 256
  %14 = getelementptr float, ptr %1, i64 %13
  br label %loop9

done7:                                            ; preds = %loop5
  %15 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %22, %body10 ]
  %16 = icmp slt i64 %i12, 256
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = getelementptr float, ptr %14, i64 %i12
  %18 = getelementptr float, ptr %12, i64 %i12
  %19 = load <8 x float>, ptr %18, align 4
  %20 = load <8 x float>, ptr %17, align 4
  %21 = fadd <8 x float> %20, %19
  store <8 x float> %21, ptr %17, align 4
  %22 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %23 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done19, %done3
  %i16 = phi i64 [ 0, %done3 ], [ %27, %done19 ]
  %24 = icmp slt i64 %i16, 1
  br i1 %24, label %body14, label %done15

body14:                                           ; preds = %loop13
  %25 = mul i64 %i16, 65536
  br label %loop17

done15:                                           ; preds = %loop13
  ret void

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %142, %done23 ]
  %26 = icmp slt i64 %i20, 256
  br i1 %26, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %27 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %141, %body22 ]
  %28 = icmp slt i64 %i24, 256
  br i1 %28, label %body22, label %done23

body22:                                           ; preds = %loop21
  %29 = add i64 %i20, 0
  %30 = mul i64 %29, 256
  %31 = add i64 %30, %i24
  %32 = add i64 %25, %31
  %33 = getelementptr float, ptr %6, i64 %32
  %34 = load <8 x float>, ptr %33, align 4
  %35 = add i64 %i20, 1
  %36 = mul i64 %35, 256
  %37 = add i64 %36, %i24
  %38 = add i64 %25, %37
  %39 = getelementptr float, ptr %6, i64 %38
  %40 = load <8 x float>, ptr %39, align 4
  %41 = add i64 %i20, 2
  %42 = mul i64 %41, 256
  %43 = add i64 %42, %i24
  %44 = add i64 %25, %43
  %45 = getelementptr float, ptr %6, i64 %44
  %46 = load <8 x float>, ptr %45, align 4
  %47 = add i64 %i20, 3
  %48 = mul i64 %47, 256
  %49 = add i64 %48, %i24
  %50 = add i64 %25, %49
  %51 = getelementptr float, ptr %6, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = add i64 %i20, 4
  %54 = mul i64 %53, 256
  %55 = add i64 %54, %i24
  %56 = add i64 %25, %55
  %57 = getelementptr float, ptr %6, i64 %56
  %58 = load <8 x float>, ptr %57, align 4
  %59 = add i64 %i20, 5
  %60 = mul i64 %59, 256
  %61 = add i64 %60, %i24
  %62 = add i64 %25, %61
  %63 = getelementptr float, ptr %6, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = add i64 %i20, 6
  %66 = mul i64 %65, 256
  %67 = add i64 %66, %i24
  %68 = add i64 %25, %67
  %69 = getelementptr float, ptr %6, i64 %68
  %70 = load <8 x float>, ptr %69, align 4
  %71 = add i64 %i20, 7
  %72 = mul i64 %71, 256
  %73 = add i64 %72, %i24
  %74 = add i64 %25, %73
  %75 = getelementptr float, ptr %6, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = shufflevector <8 x float> %34, <8 x float> %40, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %78 = shufflevector <8 x float> %34, <8 x float> %40, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %79 = shufflevector <8 x float> %46, <8 x float> %52, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %80 = shufflevector <8 x float> %46, <8 x float> %52, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %81 = shufflevector <8 x float> %58, <8 x float> %64, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %82 = shufflevector <8 x float> %58, <8 x float> %64, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %83 = shufflevector <8 x float> %70, <8 x float> %76, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %84 = shufflevector <8 x float> %70, <8 x float> %76, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %85 = shufflevector <8 x float> %77, <8 x float> %79, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %86 = shufflevector <8 x float> %77, <8 x float> %79, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %87 = shufflevector <8 x float> %78, <8 x float> %80, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %88 = shufflevector <8 x float> %78, <8 x float> %80, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %89 = shufflevector <8 x float> %81, <8 x float> %83, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %90 = shufflevector <8 x float> %81, <8 x float> %83, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %91 = shufflevector <8 x float> %82, <8 x float> %84, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %92 = shufflevector <8 x float> %82, <8 x float> %84, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %93 = shufflevector <8 x float> %85, <8 x float> %89, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %94 = shufflevector <8 x float> %85, <8 x float> %89, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %95 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %96 = shufflevector <8 x float> %86, <8 x float> %90, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %97 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %98 = shufflevector <8 x float> %87, <8 x float> %91, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %99 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %100 = shufflevector <8 x float> %88, <8 x float> %92, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %101 = add i64 %i24, 0
  %102 = mul i64 %101, 256
  %103 = add i64 %102, %i20
  %104 = add i64 %25, %103
  %105 = getelementptr float, ptr %7, i64 %104
  store <8 x float> %93, ptr %105, align 4
  %106 = add i64 %i24, 1
  %107 = mul i64 %106, 256
  %108 = add i64 %107, %i20
  %109 = add i64 %25, %108
  %110 = getelementptr float, ptr %7, i64 %109
  store <8 x float> %95, ptr %110, align 4
  %111 = add i64 %i24, 2
  %112 = mul i64 %111, 256
  %113 = add i64 %112, %i20
  %114 = add i64 %25, %113
  %115 = getelementptr float, ptr %7, i64 %114
  store <8 x float> %97, ptr %115, align 4
  %116 = add i64 %i24, 3
  %117 = mul i64 %116, 256
  %118 = add i64 %117, %i20
  %119 = add i64 %25, %118
  %120 = getelementptr float, ptr %7, i64 %119
  store <8 x float> %99, ptr %120, align 4
  %121 = add i64 %i24, 4
  %122 = mul i64 %121, 256
  %123 = add i64 %122, %i20
  %124 = add i64 %25, %123
  %125 = getelementptr float, ptr %7, i64 %124
  store <8 x float> %94, ptr %125, align 4
  %126 = add i64 %i24, 5
  %127 = mul i64 %126, 256
  %128 = add i64 %127, %i20
  %129 = add i64 %25, %128
  %130 = getelementptr float, ptr %7, i64 %129
  store <8 x float> %96, ptr %130, align 4
  %131 = add i64 %i24, 6
  %132 = mul i64 %131, 256
  %133 = add i64 %132, %i20
  %134 = add i64 %25, %133
  %135 = getelementptr float, ptr %7, i64 %134
  store <8 x float> %98, ptr %135, align 4
  %136 = add i64 %i24, 7
  %137 = mul i64 %136, 256
  %138 = add i64 %137, %i20
  %139 = add i64 %25, %138
  %140 = getelementptr float, ptr %7, i64 %139
  store <8 x float> %100, ptr %140, align 4
  %141 = add i64 %i24, 8
  br label %loop21

done23:                                           ; preds = %loop21
  %142 = add i64 %i20, 8
  br label %loop17
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %26, %done3 ]
  %15 = icmp slt i64 %i, 1
  br i1 %15, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop29

loop1:                                            ; preds = %done19, %body
  %i4 = phi i64 [ 0, %body ], [ %194, %done19 ]
  %16 = icmp slt i64 %i4, 1
  br i1 %16, label %body2, label %done3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i, 1
  %18 = add i64 %17, %i4
  %19 = mul i64 %18, 65536
  %20 = add i64 256, %19
  %21 = getelementptr float, ptr %gains, i64 %20
  %22 = sub i64 %b1, %b0
  %23 = sdiv i64 %22, 6
  %24 = mul i64 %23, 6
  %25 = add i64 %b0, %24
  br label %loop5

done3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %65, %done11 ]
  %27 = icmp slt i64 %i8, 256
  br i1 %27, label %body6, label %done7

body6:                                            ; preds = %loop5
  br label %loop9

done7:                                            ; preds = %loop5
  br label %loop17

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ %b0, %body6 ], [ %192, %done15 ]
  %28 = icmp slt i64 %i12, %25
  br i1 %28, label %body10, label %done11

body10:                                           ; preds = %loop9
  %29 = mul i64 %i4, 256
  %30 = add i64 %i12, 0
  %31 = mul i64 %30, 784
  %32 = add i64 %31, 0
  %33 = getelementptr float, ptr %acts, i64 %32
  %34 = getelementptr float, ptr %33, i64 %29
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %35 = mul i64 %i4, 256
  %36 = add i64 %i12, 1
  %37 = mul i64 %36, 784
  %38 = add i64 %37, 0
  %39 = getelementptr float, ptr %acts, i64 %38
  %40 = getelementptr float, ptr %39, i64 %35
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %41 = mul i64 %i4, 256
  %42 = add i64 %i12, 2
  %43 = mul i64 %42, 784
  %44 = add i64 %43, 0
  %45 = getelementptr float, ptr %acts, i64 %44
  %46 = getelementptr float, ptr %45, i64 %41
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %47 = mul i64 %i4, 256
  %48 = add i64 %i12, 3
  %49 = mul i64 %48, 784
  %50 = add i64 %49, 0
  %51 = getelementptr float, ptr %acts, i64 %50
  %52 = getelementptr float, ptr %51, i64 %47
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  %53 = mul i64 %i4, 256
  %54 = add i64 %i12, 4
  %55 = mul i64 %54, 784
  %56 = add i64 %55, 0
  %57 = getelementptr float, ptr %acts, i64 %56
  %58 = getelementptr float, ptr %57, i64 %53
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %59 = mul i64 %i4, 256
  %60 = add i64 %i12, 5
  %61 = mul i64 %60, 784
  %62 = add i64 %61, 0
  %63 = getelementptr float, ptr %acts, i64 %62
  %64 = getelementptr float, ptr %63, i64 %59
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %65 = add i64 %i8, 16
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %125, %body14 ]
  %66 = icmp slt i64 %i16, 256
  br i1 %66, label %body14, label %done15

body14:                                           ; preds = %loop13
  %67 = add i64 %i8, 0
  %68 = mul i64 %i16, 256
  %69 = add i64 %68, %67
  %70 = getelementptr float, ptr %21, i64 %69
  %71 = load <8 x float>, ptr %70, align 4
  %72 = add i64 %i8, 8
  %73 = mul i64 %i16, 256
  %74 = add i64 %73, %72
  %75 = getelementptr float, ptr %21, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = getelementptr float, ptr %34, i64 %i16
  %78 = load float, ptr %77, align 4
  %79 = insertelement <8 x float> undef, float %78, i32 0
  %80 = shufflevector <8 x float> %79, <8 x float> undef, <8 x i32> zeroinitializer
  %81 = load <8 x float>, ptr %14, align 32
  %82 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %80, <8 x float> %71, <8 x float> %81)
  store <8 x float> %82, ptr %14, align 32
  %83 = load <8 x float>, ptr %13, align 32
  %84 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %80, <8 x float> %76, <8 x float> %83)
  store <8 x float> %84, ptr %13, align 32
  %85 = getelementptr float, ptr %40, i64 %i16
  %86 = load float, ptr %85, align 4
  %87 = insertelement <8 x float> undef, float %86, i32 0
  %88 = shufflevector <8 x float> %87, <8 x float> undef, <8 x i32> zeroinitializer
  %89 = load <8 x float>, ptr %12, align 32
  %90 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %88, <8 x float> %71, <8 x float> %89)
  store <8 x float> %90, ptr %12, align 32
  %91 = load <8 x float>, ptr %11, align 32
  %92 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %88, <8 x float> %76, <8 x float> %91)
  store <8 x float> %92, ptr %11, align 32
  %93 = getelementptr float, ptr %46, i64 %i16
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> undef, float %94, i32 0
  %96 = shufflevector <8 x float> %95, <8 x float> undef, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %10, align 32
  %98 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %96, <8 x float> %71, <8 x float> %97)
  store <8 x float> %98, ptr %10, align 32
  %99 = load <8 x float>, ptr %9, align 32
  %100 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %96, <8 x float> %76, <8 x float> %99)
  store <8 x float> %100, ptr %9, align 32
  %101 = getelementptr float, ptr %52, i64 %i16
  %102 = load float, ptr %101, align 4
  %103 = insertelement <8 x float> undef, float %102, i32 0
  %104 = shufflevector <8 x float> %103, <8 x float> undef, <8 x i32> zeroinitializer
  %105 = load <8 x float>, ptr %8, align 32
  %106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %104, <8 x float> %71, <8 x float> %105)
  store <8 x float> %106, ptr %8, align 32
  %107 = load <8 x float>, ptr %7, align 32
  %108 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %104, <8 x float> %76, <8 x float> %107)
  store <8 x float> %108, ptr %7, align 32
  %109 = getelementptr float, ptr %58, i64 %i16
  %110 = load float, ptr %109, align 4
  %111 = insertelement <8 x float> undef, float %110, i32 0
  %112 = shufflevector <8 x float> %111, <8 x float> undef, <8 x i32> zeroinitializer
  %113 = load <8 x float>, ptr %6, align 32
  %114 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %112, <8 x float> %71, <8 x float> %113)
  store <8 x float> %114, ptr %6, align 32
  %115 = load <8 x float>, ptr %5, align 32
  %116 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %112, <8 x float> %76, <8 x float> %115)
  store <8 x float> %116, ptr %5, align 32
  %117 = getelementptr float, ptr %64, i64 %i16
  %118 = load float, ptr %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i32 0
  %120 = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %121 = load <8 x float>, ptr %4, align 32
  %122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %120, <8 x float> %71, <8 x float> %121)
  store <8 x float> %122, ptr %4, align 32
  %123 = load <8 x float>, ptr %3, align 32
  %124 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %120, <8 x float> %76, <8 x float> %123)
  store <8 x float> %124, ptr %3, align 32
  %125 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %126 = mul i64 %18, 256
  %127 = add i64 %126, %i8
  %128 = add i64 %i12, 0
  %129 = mul i64 %128, 784
  %130 = add i64 %129, 256
  %131 = getelementptr float, ptr %acts, i64 %130
  %132 = getelementptr float, ptr %131, i64 %127
  %133 = getelementptr float, ptr %132, i64 0
  %134 = load <8 x float>, ptr %14, align 32
  store <8 x float> %134, ptr %133, align 4
  %135 = getelementptr float, ptr %132, i64 8
  %136 = load <8 x float>, ptr %13, align 32
  store <8 x float> %136, ptr %135, align 4
  %137 = mul i64 %18, 256
  %138 = add i64 %137, %i8
  %139 = add i64 %i12, 1
  %140 = mul i64 %139, 784
  %141 = add i64 %140, 256
  %142 = getelementptr float, ptr %acts, i64 %141
  %143 = getelementptr float, ptr %142, i64 %138
  %144 = getelementptr float, ptr %143, i64 0
  %145 = load <8 x float>, ptr %12, align 32
  store <8 x float> %145, ptr %144, align 4
  %146 = getelementptr float, ptr %143, i64 8
  %147 = load <8 x float>, ptr %11, align 32
  store <8 x float> %147, ptr %146, align 4
  %148 = mul i64 %18, 256
  %149 = add i64 %148, %i8
  %150 = add i64 %i12, 2
  %151 = mul i64 %150, 784
  %152 = add i64 %151, 256
  %153 = getelementptr float, ptr %acts, i64 %152
  %154 = getelementptr float, ptr %153, i64 %149
  %155 = getelementptr float, ptr %154, i64 0
  %156 = load <8 x float>, ptr %10, align 32
  store <8 x float> %156, ptr %155, align 4
  %157 = getelementptr float, ptr %154, i64 8
  %158 = load <8 x float>, ptr %9, align 32
  store <8 x float> %158, ptr %157, align 4
  %159 = mul i64 %18, 256
  %160 = add i64 %159, %i8
  %161 = add i64 %i12, 3
  %162 = mul i64 %161, 784
  %163 = add i64 %162, 256
  %164 = getelementptr float, ptr %acts, i64 %163
  %165 = getelementptr float, ptr %164, i64 %160
  %166 = getelementptr float, ptr %165, i64 0
  %167 = load <8 x float>, ptr %8, align 32
  store <8 x float> %167, ptr %166, align 4
  %168 = getelementptr float, ptr %165, i64 8
  %169 = load <8 x float>, ptr %7, align 32
  store <8 x float> %169, ptr %168, align 4
  %170 = mul i64 %18, 256
  %171 = add i64 %170, %i8
  %172 = add i64 %i12, 4
  %173 = mul i64 %172, 784
  %174 = add i64 %173, 256
  %175 = getelementptr float, ptr %acts, i64 %174
  %176 = getelementptr float, ptr %175, i64 %171
  %177 = getelementptr float, ptr %176, i64 0
  %178 = load <8 x float>, ptr %6, align 32
  store <8 x float> %178, ptr %177, align 4
  %179 = getelementptr float, ptr %176, i64 8
  %180 = load <8 x float>, ptr %5, align 32
  store <8 x float> %180, ptr %179, align 4
  %181 = mul i64 %18, 256
  %182 = add i64 %181, %i8
  %183 = add i64 %i12, 5
  %184 = mul i64 %183, 784
  %185 = add i64 %184, 256
  %186 = getelementptr float, ptr %acts, i64 %185
  %187 = getelementptr float, ptr %186, i64 %182
  %188 = getelementptr float, ptr %187, i64 0
  %189 = load <8 x float>, ptr %4, align 32
  store <8 x float> %189, ptr %188, align 4
  %190 = getelementptr float, ptr %187, i64 8
  %191 = load <8 x float>, ptr %3, align 32
  store <8 x float> %191, ptr %190, align 4
  %192 = add i64 %i12, 6
  br label %loop9

loop17:                                           ; preds = %done23, %done7
  %i20 = phi i64 [ 0, %done7 ], [ %202, %done23 ]
  %193 = icmp slt i64 %i20, 256
  br i1 %193, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %194 = add i64 %i4, 1
  br label %loop1

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ %25, %body18 ], [ %234, %done27 ]
  %195 = icmp slt i64 %i24, %b1
  br i1 %195, label %body22, label %done23

body22:                                           ; preds = %loop21
  %196 = mul i64 %i4, 256
  %197 = add i64 %i24, 0
  %198 = mul i64 %197, 784
  %199 = add i64 %198, 0
  %200 = getelementptr float, ptr %acts, i64 %199
  %201 = getelementptr float, ptr %200, i64 %196
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %202 = add i64 %i20, 16
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %222, %body26 ]
  %203 = icmp slt i64 %i28, 256
  br i1 %203, label %body26, label %done27

body26:                                           ; preds = %loop25
  %204 = add i64 %i20, 0
  %205 = mul i64 %i28, 256
  %206 = add i64 %205, %204
  %207 = getelementptr float, ptr %21, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = add i64 %i20, 8
  %210 = mul i64 %i28, 256
  %211 = add i64 %210, %209
  %212 = getelementptr float, ptr %21, i64 %211
  %213 = load <8 x float>, ptr %212, align 4
  %214 = getelementptr float, ptr %201, i64 %i28
  %215 = load float, ptr %214, align 4
  %216 = insertelement <8 x float> undef, float %215, i32 0
  %217 = shufflevector <8 x float> %216, <8 x float> undef, <8 x i32> zeroinitializer
  %218 = load <8 x float>, ptr %2, align 32
  %219 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %217, <8 x float> %208, <8 x float> %218)
  store <8 x float> %219, ptr %2, align 32
  %220 = load <8 x float>, ptr %1, align 32
  %221 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %217, <8 x float> %213, <8 x float> %220)
  store <8 x float> %221, ptr %1, align 32
  %222 = add i64 %i28, 1
  br label %loop25

done27:                                           ; preds = %loop25
  %223 = mul i64 %18, 256
  %224 = add i64 %223, %i20
  %225 = add i64 %i24, 0
  %226 = mul i64 %225, 784
  %227 = add i64 %226, 256
  %228 = getelementptr float, ptr %acts, i64 %227
  %229 = getelementptr float, ptr %228, i64 %224
  %230 = getelementptr float, ptr %229, i64 0
  %231 = load <8 x float>, ptr %2, align 32
  store <8 x float> %231, ptr %230, align 4
  %232 = getelementptr float, ptr %229, i64 8
  %233 = load <8 x float>, ptr %1, align 32
  store <8 x float> %233, ptr %232, align 4
  %234 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done
  %i32 = phi i64 [ %b0, %done ], [ %243, %done35 ]
  %235 = icmp slt i64 %i32, %b1
  br i1 %235, label %body30, label %done31

body30:                                           ; preds = %loop29
  %236 = mul i64 %i32, 784
  %237 = add i64 %236, 256
  %238 = getelementptr float, ptr %acts, i64 %237
  %239 = mul i64 %i32, 784
  %240 = add i64 %239, 512
  %241 = getelementptr float, ptr %acts, i64 %240
  br label %loop33

done31:                                           ; preds = %loop29
  br label %loop45

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %245, %done39 ]
  %242 = icmp slt i64 %i36, 1
  br i1 %242, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %243 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %266, %done43 ]
  %244 = icmp slt i64 %i40, 256
  br i1 %244, label %body38, label %done39

body38:                                           ; preds = %loop37
  store float 0.000000e+00, ptr %0, align 4
  br label %loop41

done39:                                           ; preds = %loop37
  %245 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %body42, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %255, %body42 ]
  %246 = icmp slt i64 %i44, 1
  br i1 %246, label %body42, label %done43

body42:                                           ; preds = %loop41
  %247 = mul i64 %i36, 1
  %248 = add i64 %247, %i44
  %249 = mul i64 %248, 256
  %250 = add i64 %249, %i40
  %251 = getelementptr float, ptr %238, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = load float, ptr %0, align 4
  %254 = fadd float %253, %252
  store float %254, ptr %0, align 4
  %255 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %256 = mul i64 %i36, 256
  %257 = add i64 %256, %i40
  %258 = add i64 0, %257
  %259 = getelementptr float, ptr %gains, i64 %258
  %260 = load float, ptr %259, align 4
  %261 = load float, ptr %0, align 4
  %262 = fmul float %261, %260
  %263 = icmp slt i64 %257, 10
  %264 = getelementptr float, ptr %241, i64 %257
  %265 = select i1 %263, float %262, float 0.000000e+00
  store float %265, ptr %264, align 4
  %266 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %done31
  %i48 = phi i64 [ %b0, %done31 ], [ %279, %done51 ]
  %267 = icmp slt i64 %i48, %b1
  br i1 %267, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  ret void

loop49:                                           ; preds = %body50, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %278, %body50 ]
  %268 = icmp slt i64 %i52, 10
  br i1 %268, label %body50, label %done51

body50:                                           ; preds = %loop49
  %269 = mul i64 %i48, 784
  %270 = add i64 %269, 768
  %271 = getelementptr float, ptr %acts, i64 %270
  %272 = getelementptr float, ptr %271, i64 %i52
  %273 = mul i64 %i48, 784
  %274 = add i64 %273, 512
  %275 = getelementptr float, ptr %acts, i64 %274
  %276 = getelementptr float, ptr %275, i64 %i52
  %277 = load float, ptr %276, align 4
  store float %277, ptr %272, align 4
  %278 = add i64 %i52, 1
  br label %loop49

done51:                                           ; preds = %loop49
  %279 = add i64 %i48, 1
  br label %loop45
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 784
  %6 = add i64 %5, 768
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 784
  %9 = add i64 %8, 768
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 10
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 10
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 10
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %15, %done7 ]
  %0 = icmp slt i64 %i, %b1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = mul i64 %i, 784
  %2 = add i64 %1, 512
  %3 = getelementptr float, ptr %dacts, i64 %2
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %6, %body2 ]
  %4 = icmp slt i64 %i4, 256
  br i1 %4, label %body2, label %done3

body2:                                            ; preds = %loop1
  %5 = getelementptr float, ptr %3, i64 %i4
  store <8 x float> zeroinitializer, ptr %5, align 4
  %6 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %14, %body6 ]
  %7 = icmp slt i64 %i8, 10
  br i1 %7, label %body6, label %done7

body6:                                            ; preds = %loop5
  %8 = getelementptr float, ptr %3, i64 %i8
  %9 = mul i64 %i, 784
  %10 = add i64 %9, 768
  %11 = getelementptr float, ptr %dacts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %i8
  %13 = load float, ptr %12, align 4
  store float %13, ptr %8, align 4
  %14 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %15 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %24, %done15 ]
  %16 = icmp slt i64 %i12, %b1
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = mul i64 %i12, 784
  %18 = add i64 %17, 512
  %19 = getelementptr float, ptr %dacts, i64 %18
  %20 = mul i64 %i12, 784
  %21 = add i64 %20, 256
  %22 = getelementptr float, ptr %dacts, i64 %21
  br label %loop13

done11:                                           ; preds = %loop9
  ret void

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %36, %done19 ]
  %23 = icmp slt i64 %i16, 1
  br i1 %23, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %24 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %44, %done23 ]
  %25 = icmp slt i64 %i20, 256
  br i1 %25, label %body18, label %done19

body18:                                           ; preds = %loop17
  %26 = mul i64 %i16, 256
  %27 = add i64 %26, %i20
  %28 = add i64 0, %27
  %29 = getelementptr float, ptr %gains, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = getelementptr float, ptr %19, i64 %27
  %32 = load float, ptr %31, align 4
  %33 = fmul float %32, %30
  %34 = icmp slt i64 %27, 10
  %35 = select i1 %34, float %33, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %36 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %body22 ]
  %37 = icmp slt i64 %i24, 1
  br i1 %37, label %body22, label %done23

body22:                                           ; preds = %loop21
  %38 = mul i64 %i16, 1
  %39 = add i64 %38, %i24
  %40 = mul i64 %39, 256
  %41 = add i64 %40, %i20
  %42 = getelementptr float, ptr %22, i64 %41
  store float %35, ptr %42, align 4
  %43 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %44 = add i64 %i20, 1
  br label %loop17
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca float, align 4
  %15 = alloca float, align 4
  %16 = icmp sgt i64 %u0, 0
  %17 = select i1 %16, i64 %u0, i64 0
  %18 = icmp slt i64 %u1, 256
  %19 = select i1 %18, i64 %u1, i64 256
  %20 = icmp slt i64 %19, %17
  %21 = select i1 %20, i64 %17, i64 %19
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %17, %entry ], [ %65, %done11 ]
  %22 = icmp slt i64 %i, %21
  br i1 %22, label %body, label %done

body:                                             ; preds = %loop
  %23 = sub i64 %i, 0
  %24 = sdiv i64 %23, 256
  %25 = srem i64 %23, 256
  %26 = icmp slt i64 %23, 10
  store float 0.000000e+00, ptr %15, align 4
  br label %loop1

done:                                             ; preds = %loop
  %27 = sub i64 %21, %17
  %28 = sdiv i64 %27, 6
  %29 = mul i64 %28, 6
  %30 = add i64 %17, %29
  %31 = getelementptr float, ptr %grads, i64 0
  br label %loop13

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %57, %done7 ]
  %32 = icmp slt i64 %i4, %batch
  br i1 %32, label %body2, label %done3

body2:                                            ; preds = %loop1
  %33 = mul i64 %i4, 784
  %34 = add i64 %33, 256
  %35 = getelementptr float, ptr %acts, i64 %34
  store float 0.000000e+00, ptr %14, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %36 = load float, ptr %15, align 4
  %37 = select i1 %26, float %36, float 0.000000e+00
  %38 = getelementptr float, ptr %grads, i64 65536
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %48, %body6 ]
  %39 = icmp slt i64 %i8, 1
  br i1 %39, label %body6, label %done7

body6:                                            ; preds = %loop5
  %40 = mul i64 %24, 1
  %41 = add i64 %40, %i8
  %42 = mul i64 %41, 256
  %43 = add i64 %42, %25
  %44 = getelementptr float, ptr %35, i64 %43
  %45 = load float, ptr %44, align 4
  %46 = load float, ptr %14, align 4
  %47 = fadd float %46, %45
  store float %47, ptr %14, align 4
  %48 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %49 = mul i64 %i4, 784
  %50 = add i64 %49, 512
  %51 = getelementptr float, ptr %dacts, i64 %50
  %52 = getelementptr float, ptr %51, i64 %23
  %53 = load float, ptr %52, align 4
  %54 = load float, ptr %15, align 4
  %55 = load float, ptr %14, align 4
  %56 = call float @llvm.fmuladd.f32(float %53, float %55, float %54)
  store float %56, ptr %15, align 4
  %57 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %done3
  %i12 = phi i64 [ 0, %done3 ], [ %64, %body10 ]
  %58 = icmp slt i64 %i12, 256
  br i1 %58, label %body10, label %done11

body10:                                           ; preds = %loop9
  %59 = mul i64 %24, 256
  %60 = add i64 %59, %i12
  %61 = mul i64 %60, 256
  %62 = add i64 %61, %25
  %63 = getelementptr float, ptr %38, i64 %62
  store float %37, ptr %63, align 4
  %64 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %65 = add i64 %i, 1
  br label %loop

loop13:                                           ; preds = %done19, %done
  %i16 = phi i64 [ 0, %done ], [ %69, %done19 ]
  %66 = icmp slt i64 %i16, 1
  br i1 %66, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %67 = getelementptr float, ptr %grads, i64 0
  br label %loop29

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %162, %done23 ]
  %68 = icmp slt i64 %i20, 256
  br i1 %68, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %69 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ %17, %body18 ], [ %234, %done27 ]
  %70 = icmp slt i64 %i24, %30
  br i1 %70, label %body22, label %done23

body22:                                           ; preds = %loop21
  %71 = sub i64 %i24, 0
  %72 = add i64 %71, 0
  %73 = sdiv i64 %72, 256
  %74 = srem i64 %72, 256
  %75 = icmp slt i64 %72, 10
  %76 = add i64 0, %72
  %77 = getelementptr float, ptr %gains, i64 %76
  %78 = load float, ptr %77, align 4
  %79 = select i1 %75, float %78, float 0.000000e+00
  %80 = mul i64 %73, 1
  %81 = add i64 %80, %i16
  %82 = mul i64 %81, 256
  %83 = add i64 %82, %74
  %84 = mul i64 %83, 256
  %85 = add i64 %84, %i20
  %86 = getelementptr float, ptr %31, i64 %85
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  %87 = add i64 %71, 1
  %88 = sdiv i64 %87, 256
  %89 = srem i64 %87, 256
  %90 = icmp slt i64 %87, 10
  %91 = add i64 0, %87
  %92 = getelementptr float, ptr %gains, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = select i1 %90, float %93, float 0.000000e+00
  %95 = mul i64 %88, 1
  %96 = add i64 %95, %i16
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %89
  %99 = mul i64 %98, 256
  %100 = add i64 %99, %i20
  %101 = getelementptr float, ptr %31, i64 %100
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  %102 = add i64 %71, 2
  %103 = sdiv i64 %102, 256
  %104 = srem i64 %102, 256
  %105 = icmp slt i64 %102, 10
  %106 = add i64 0, %102
  %107 = getelementptr float, ptr %gains, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = select i1 %105, float %108, float 0.000000e+00
  %110 = mul i64 %103, 1
  %111 = add i64 %110, %i16
  %112 = mul i64 %111, 256
  %113 = add i64 %112, %104
  %114 = mul i64 %113, 256
  %115 = add i64 %114, %i20
  %116 = getelementptr float, ptr %31, i64 %115
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  %117 = add i64 %71, 3
  %118 = sdiv i64 %117, 256
  %119 = srem i64 %117, 256
  %120 = icmp slt i64 %117, 10
  %121 = add i64 0, %117
  %122 = getelementptr float, ptr %gains, i64 %121
  %123 = load float, ptr %122, align 4
  %124 = select i1 %120, float %123, float 0.000000e+00
  %125 = mul i64 %118, 1
  %126 = add i64 %125, %i16
  %127 = mul i64 %126, 256
  %128 = add i64 %127, %119
  %129 = mul i64 %128, 256
  %130 = add i64 %129, %i20
  %131 = getelementptr float, ptr %31, i64 %130
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  %132 = add i64 %71, 4
  %133 = sdiv i64 %132, 256
  %134 = srem i64 %132, 256
  %135 = icmp slt i64 %132, 10
  %136 = add i64 0, %132
  %137 = getelementptr float, ptr %gains, i64 %136
  %138 = load float, ptr %137, align 4
  %139 = select i1 %135, float %138, float 0.000000e+00
  %140 = mul i64 %133, 1
  %141 = add i64 %140, %i16
  %142 = mul i64 %141, 256
  %143 = add i64 %142, %134
  %144 = mul i64 %143, 256
  %145 = add i64 %144, %i20
  %146 = getelementptr float, ptr %31, i64 %145
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  %147 = add i64 %71, 5
  %148 = sdiv i64 %147, 256
  %149 = srem i64 %147, 256
  %150 = icmp slt i64 %147, 10
  %151 = add i64 0, %147
  %152 = getelementptr float, ptr %gains, i64 %151
  %153 = load float, ptr %152, align 4
  %154 = select i1 %150, float %153, float 0.000000e+00
  %155 = mul i64 %148, 1
  %156 = add i64 %155, %i16
  %157 = mul i64 %156, 256
  %158 = add i64 %157, %149
  %159 = mul i64 %158, 256
  %160 = add i64 %159, %i20
  %161 = getelementptr float, ptr %31, i64 %160
  store <8 x float> zeroinitializer, ptr %3, align 32
  store <8 x float> zeroinitializer, ptr %2, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %162 = add i64 %i20, 16
  br label %loop17

loop25:                                           ; preds = %join, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %287, %join ]
  %163 = icmp slt i64 %i28, %batch
  br i1 %163, label %body26, label %done27

body26:                                           ; preds = %loop25
  %164 = mul i64 %i28, 784
  %165 = add i64 %164, 512
  %166 = getelementptr float, ptr %dacts, i64 %165
  %167 = getelementptr float, ptr %166, i64 %72
  %168 = getelementptr float, ptr %166, i64 %87
  %169 = getelementptr float, ptr %166, i64 %102
  %170 = getelementptr float, ptr %166, i64 %117
  %171 = getelementptr float, ptr %166, i64 %132
  %172 = getelementptr float, ptr %166, i64 %147
  %173 = load i32, ptr %167, align 4
  %174 = load i32, ptr %168, align 4
  %175 = or i32 %173, %174
  %176 = load i32, ptr %169, align 4
  %177 = or i32 %175, %176
  %178 = load i32, ptr %170, align 4
  %179 = or i32 %177, %178
  %180 = load i32, ptr %171, align 4
  %181 = or i32 %179, %180
  %182 = load i32, ptr %172, align 4
  %183 = or i32 %181, %182
  %184 = shl i32 %183, 1
  %185 = icmp ne i32 %184, 0
  br i1 %185, label %then, label %join

done27:                                           ; preds = %loop25
  %186 = insertelement <8 x float> undef, float %79, i32 0
  %187 = shufflevector <8 x float> %186, <8 x float> undef, <8 x i32> zeroinitializer
  %188 = getelementptr float, ptr %86, i64 0
  %189 = load <8 x float>, ptr %13, align 32
  %190 = fmul <8 x float> %189, %187
  store <8 x float> %190, ptr %188, align 4
  %191 = getelementptr float, ptr %86, i64 8
  %192 = load <8 x float>, ptr %12, align 32
  %193 = fmul <8 x float> %192, %187
  store <8 x float> %193, ptr %191, align 4
  %194 = insertelement <8 x float> undef, float %94, i32 0
  %195 = shufflevector <8 x float> %194, <8 x float> undef, <8 x i32> zeroinitializer
  %196 = getelementptr float, ptr %101, i64 0
  %197 = load <8 x float>, ptr %11, align 32
  %198 = fmul <8 x float> %197, %195
  store <8 x float> %198, ptr %196, align 4
  %199 = getelementptr float, ptr %101, i64 8
  %200 = load <8 x float>, ptr %10, align 32
  %201 = fmul <8 x float> %200, %195
  store <8 x float> %201, ptr %199, align 4
  %202 = insertelement <8 x float> undef, float %109, i32 0
  %203 = shufflevector <8 x float> %202, <8 x float> undef, <8 x i32> zeroinitializer
  %204 = getelementptr float, ptr %116, i64 0
  %205 = load <8 x float>, ptr %9, align 32
  %206 = fmul <8 x float> %205, %203
  store <8 x float> %206, ptr %204, align 4
  %207 = getelementptr float, ptr %116, i64 8
  %208 = load <8 x float>, ptr %8, align 32
  %209 = fmul <8 x float> %208, %203
  store <8 x float> %209, ptr %207, align 4
  %210 = insertelement <8 x float> undef, float %124, i32 0
  %211 = shufflevector <8 x float> %210, <8 x float> undef, <8 x i32> zeroinitializer
  %212 = getelementptr float, ptr %131, i64 0
  %213 = load <8 x float>, ptr %7, align 32
  %214 = fmul <8 x float> %213, %211
  store <8 x float> %214, ptr %212, align 4
  %215 = getelementptr float, ptr %131, i64 8
  %216 = load <8 x float>, ptr %6, align 32
  %217 = fmul <8 x float> %216, %211
  store <8 x float> %217, ptr %215, align 4
  %218 = insertelement <8 x float> undef, float %139, i32 0
  %219 = shufflevector <8 x float> %218, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = getelementptr float, ptr %146, i64 0
  %221 = load <8 x float>, ptr %5, align 32
  %222 = fmul <8 x float> %221, %219
  store <8 x float> %222, ptr %220, align 4
  %223 = getelementptr float, ptr %146, i64 8
  %224 = load <8 x float>, ptr %4, align 32
  %225 = fmul <8 x float> %224, %219
  store <8 x float> %225, ptr %223, align 4
  %226 = insertelement <8 x float> undef, float %154, i32 0
  %227 = shufflevector <8 x float> %226, <8 x float> undef, <8 x i32> zeroinitializer
  %228 = getelementptr float, ptr %161, i64 0
  %229 = load <8 x float>, ptr %3, align 32
  %230 = fmul <8 x float> %229, %227
  store <8 x float> %230, ptr %228, align 4
  %231 = getelementptr float, ptr %161, i64 8
  %232 = load <8 x float>, ptr %2, align 32
  %233 = fmul <8 x float> %232, %227
  store <8 x float> %233, ptr %231, align 4
  %234 = add i64 %i24, 6
  br label %loop21

then:                                             ; preds = %body26
  %235 = load float, ptr %167, align 4
  %236 = load float, ptr %168, align 4
  %237 = load float, ptr %169, align 4
  %238 = load float, ptr %170, align 4
  %239 = load float, ptr %171, align 4
  %240 = load float, ptr %172, align 4
  %241 = mul i64 %i16, 256
  %242 = add i64 %241, %i20
  %243 = mul i64 %i28, 784
  %244 = add i64 %243, 0
  %245 = getelementptr float, ptr %acts, i64 %244
  %246 = getelementptr float, ptr %245, i64 %242
  %247 = getelementptr float, ptr %246, i64 0
  %248 = load <8 x float>, ptr %247, align 4
  %249 = getelementptr float, ptr %246, i64 8
  %250 = load <8 x float>, ptr %249, align 4
  %251 = insertelement <8 x float> undef, float %235, i32 0
  %252 = shufflevector <8 x float> %251, <8 x float> undef, <8 x i32> zeroinitializer
  %253 = load <8 x float>, ptr %13, align 32
  %254 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %252, <8 x float> %248, <8 x float> %253)
  store <8 x float> %254, ptr %13, align 32
  %255 = load <8 x float>, ptr %12, align 32
  %256 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %252, <8 x float> %250, <8 x float> %255)
  store <8 x float> %256, ptr %12, align 32
  %257 = insertelement <8 x float> undef, float %236, i32 0
  %258 = shufflevector <8 x float> %257, <8 x float> undef, <8 x i32> zeroinitializer
  %259 = load <8 x float>, ptr %11, align 32
  %260 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %258, <8 x float> %248, <8 x float> %259)
  store <8 x float> %260, ptr %11, align 32
  %261 = load <8 x float>, ptr %10, align 32
  %262 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %258, <8 x float> %250, <8 x float> %261)
  store <8 x float> %262, ptr %10, align 32
  %263 = insertelement <8 x float> undef, float %237, i32 0
  %264 = shufflevector <8 x float> %263, <8 x float> undef, <8 x i32> zeroinitializer
  %265 = load <8 x float>, ptr %9, align 32
  %266 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %264, <8 x float> %248, <8 x float> %265)
  store <8 x float> %266, ptr %9, align 32
  %267 = load <8 x float>, ptr %8, align 32
  %268 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %264, <8 x float> %250, <8 x float> %267)
  store <8 x float> %268, ptr %8, align 32
  %269 = insertelement <8 x float> undef, float %238, i32 0
  %270 = shufflevector <8 x float> %269, <8 x float> undef, <8 x i32> zeroinitializer
  %271 = load <8 x float>, ptr %7, align 32
  %272 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %270, <8 x float> %248, <8 x float> %271)
  store <8 x float> %272, ptr %7, align 32
  %273 = load <8 x float>, ptr %6, align 32
  %274 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %270, <8 x float> %250, <8 x float> %273)
  store <8 x float> %274, ptr %6, align 32
  %275 = insertelement <8 x float> undef, float %239, i32 0
  %276 = shufflevector <8 x float> %275, <8 x float> undef, <8 x i32> zeroinitializer
  %277 = load <8 x float>, ptr %5, align 32
  %278 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %248, <8 x float> %277)
  store <8 x float> %278, ptr %5, align 32
  %279 = load <8 x float>, ptr %4, align 32
  %280 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %276, <8 x float> %250, <8 x float> %279)
  store <8 x float> %280, ptr %4, align 32
  %281 = insertelement <8 x float> undef, float %240, i32 0
  %282 = shufflevector <8 x float> %281, <8 x float> undef, <8 x i32> zeroinitializer
  %283 = load <8 x float>, ptr %3, align 32
  %284 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %282, <8 x float> %248, <8 x float> %283)
  store <8 x float> %284, ptr %3, align 32
  %285 = load <8 x float>, ptr %2, align 32
  %286 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %282, <8 x float> %250, <8 x float> %285)
  store <8 x float> %286, ptr %2, align 32
  br label %join

join:                                             ; preds = %then, %body26
  %287 = add i64 %i28, 1
  br label %loop25

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ 0, %done15 ], [ %293, %done35 ]
  %288 = icmp slt i64 %i32, 1
  br i1 %288, label %body30, label %done31

body30:                                           ; preds = %loop29
  br label %loop33

done31:                                           ; preds = %loop29
  %289 = icmp sgt i64 %u1, 256
  %290 = icmp sle i64 %u0, 256
  %291 = and i1 %290, %289
  br i1 %291, label %then47, label %join48

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %311, %done39 ]
  %292 = icmp slt i64 %i36, 256
  br i1 %292, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %293 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ %30, %body34 ], [ %328, %done43 ]
  %294 = icmp slt i64 %i40, %21
  br i1 %294, label %body38, label %done39

body38:                                           ; preds = %loop37
  %295 = sub i64 %i40, 0
  %296 = add i64 %295, 0
  %297 = sdiv i64 %296, 256
  %298 = srem i64 %296, 256
  %299 = icmp slt i64 %296, 10
  %300 = add i64 0, %296
  %301 = getelementptr float, ptr %gains, i64 %300
  %302 = load float, ptr %301, align 4
  %303 = select i1 %299, float %302, float 0.000000e+00
  %304 = mul i64 %297, 1
  %305 = add i64 %304, %i32
  %306 = mul i64 %305, 256
  %307 = add i64 %306, %298
  %308 = mul i64 %307, 256
  %309 = add i64 %308, %i36
  %310 = getelementptr float, ptr %67, i64 %309
  store <8 x float> zeroinitializer, ptr %1, align 32
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop41

done39:                                           ; preds = %loop37
  %311 = add i64 %i36, 16
  br label %loop33

loop41:                                           ; preds = %join46, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %346, %join46 ]
  %312 = icmp slt i64 %i44, %batch
  br i1 %312, label %body42, label %done43

body42:                                           ; preds = %loop41
  %313 = mul i64 %i44, 784
  %314 = add i64 %313, 512
  %315 = getelementptr float, ptr %dacts, i64 %314
  %316 = getelementptr float, ptr %315, i64 %296
  %317 = load i32, ptr %316, align 4
  %318 = shl i32 %317, 1
  %319 = icmp ne i32 %318, 0
  br i1 %319, label %then45, label %join46

done43:                                           ; preds = %loop41
  %320 = insertelement <8 x float> undef, float %303, i32 0
  %321 = shufflevector <8 x float> %320, <8 x float> undef, <8 x i32> zeroinitializer
  %322 = getelementptr float, ptr %310, i64 0
  %323 = load <8 x float>, ptr %1, align 32
  %324 = fmul <8 x float> %323, %321
  store <8 x float> %324, ptr %322, align 4
  %325 = getelementptr float, ptr %310, i64 8
  %326 = load <8 x float>, ptr %0, align 32
  %327 = fmul <8 x float> %326, %321
  store <8 x float> %327, ptr %325, align 4
  %328 = add i64 %i40, 1
  br label %loop37

then45:                                           ; preds = %body42
  %329 = load float, ptr %316, align 4
  %330 = mul i64 %i32, 256
  %331 = add i64 %330, %i36
  %332 = mul i64 %i44, 784
  %333 = add i64 %332, 0
  %334 = getelementptr float, ptr %acts, i64 %333
  %335 = getelementptr float, ptr %334, i64 %331
  %336 = getelementptr float, ptr %335, i64 0
  %337 = load <8 x float>, ptr %336, align 4
  %338 = getelementptr float, ptr %335, i64 8
  %339 = load <8 x float>, ptr %338, align 4
  %340 = insertelement <8 x float> undef, float %329, i32 0
  %341 = shufflevector <8 x float> %340, <8 x float> undef, <8 x i32> zeroinitializer
  %342 = load <8 x float>, ptr %1, align 32
  %343 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %341, <8 x float> %337, <8 x float> %342)
  store <8 x float> %343, ptr %1, align 32
  %344 = load <8 x float>, ptr %0, align 32
  %345 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %341, <8 x float> %339, <8 x float> %344)
  store <8 x float> %345, ptr %0, align 32
  br label %join46

join46:                                           ; preds = %then45, %body42
  %346 = add i64 %i44, 1
  br label %loop41

then47:                                           ; preds = %done31
  br label %join48

join48:                                           ; preds = %then47, %done31
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
